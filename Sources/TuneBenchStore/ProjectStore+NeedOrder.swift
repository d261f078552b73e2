import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// The examples of one dataset (every dataset when `name` is nil) that pass `filter`, in need order
    /// (``NeedOrder``), with the reason of each one that leads the queue.
    ///
    /// Reads the small facts only (status, findings, tokens, fingerprints), a dataset at a time: per example
    /// about 100 bytes while its dataset's duplicate groups are found, then 8 bytes (the rowid) in the queue.
    /// Example texts are read only when the project grades with a JSON Schema or GraphQL schema
    /// (``needGrader()``), and only those of undecided examples no earlier section took, one at a time.
    public func needQueue(dataset name: String? = nil, filter: ExampleFilter = ExampleFilter()) throws -> NeedQueue {
        let grader = try needGrader()
        return try pool.read { db in
            let datasets = try Self.resolveDatasets(db, name: name, allowAll: true)
            let finder = DuplicateFinder(threshold: try Self.validationSettings(db).nearDuplicateThreshold)
            var facts = NeedFacts(rowIDs: [], statuses: [])
            for dataset in datasets {
                try Self.addNeedFacts(of: dataset, finder: finder, db: db, into: &facts)
            }
            if let grader { try Self.addGraderFailures(grader, db: db, into: &facts) }
            let queue = NeedOrder.queue(facts)
            guard !filter.isEmpty else { return queue }
            let (condition, arguments) = filter.condition
            let kept = Set(try Int64.fetchAll(db, sql: "SELECT id FROM example WHERE \(condition)", arguments: arguments))
            return queue.filtered { kept.contains($0) }
        }
    }

    /// The project's schema grader, if it has one: the `json-schema:FILE` or `graphql:FILE` grader of its newest
    /// eval run graded with either, the file found beside the project file (or from the working directory).
    /// Nil when no run used one or its file cannot be read now.
    public func needGrader() throws -> NeedGrader? {
        let specs: [String] = try pool.read { db in
            let rows = try String?.fetchAll(db, sql: """
                SELECT (SELECT verdicts FROM eval_case WHERE run_id = eval_run.id ORDER BY ordinal LIMIT 1)
                FROM eval_run ORDER BY id DESC LIMIT 50
                """)
            return rows.compactMap { $0 }.flatMap { text in ((try? EvalCaseCoding.verdicts(fromJSON: text)) ?? []).map(\.grader) }
        }
        guard let spec = specs.first(where: { NeedGrader.label(of: $0) != nil }) else { return nil }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let registry = GraderRegistry.standard(tokenCounter: nil) { file in
            let beside = URL(fileURLWithPath: file, relativeTo: directory)
            return try (try? Data(contentsOf: beside)) ?? Data(contentsOf: URL(fileURLWithPath: file))
        }
        guard let grader = try? registry.grader(for: spec) else { return nil }
        return NeedGrader(label: NeedGrader.label(of: spec)!, grader: grader)
    }

    /// One dataset's facts, appended to `facts` (indices continue after the earlier datasets').
    private static func addNeedFacts(of dataset: DatasetRow, finder: DuplicateFinder, db: Database,
                                     into facts: inout NeedFacts) throws {
        let offset = facts.rowIDs.count
        var tokens: [Int32] = [], hashes: [UInt64] = [], sketches: [UInt16] = []
        tokens.reserveCapacity(dataset.exampleCount)
        hashes.reserveCapacity(dataset.exampleCount)
        sketches.reserveCapacity(dataset.exampleCount * MinHashSketch.size)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, status, total_tokens, checks, content_hash, sketch FROM example WHERE +dataset_id = ? ORDER BY id
            """, arguments: [dataset.id])
        while let row = try rows.next() {
            let index = facts.rowIDs.count
            facts.rowIDs.append(row[0])
            facts.statuses.append(statusCodes[row[1] as Int])
            tokens.append(Int32(clamping: row[2] as Int))
            if let checks: String = row[3] {
                let errors = CheckCounts(encoded: checks).categories.filter(\.isError)
                if !errors.isEmpty { facts.errors[index] = errors }
            }
            hashes.append(UInt64(bitPattern: row[4]))
            let sketch: Data = row[5]
            sketch.withUnsafeBytes { sketches.append(contentsOf: $0.bindMemory(to: UInt16.self)) }
        }
        let groups = finder.analyse(exactHashes: hashes, sketches: sketches, groups: true).group
        sketches = []
        var sizes: [Int32: Int] = [:], exact: [Int32: Bool] = [:]
        for (index, group) in groups.enumerated() {
            sizes[group, default: 0] += 1
            exact[group] = (exact[group] ?? true) && hashes[index] == hashes[Int(group)]
        }
        for (index, group) in groups.enumerated() where sizes[group]! > 1 {
            facts.groups[offset + index] = DuplicateMembership(group: facts.rowIDs[offset + Int(group)],
                                                               size: sizes[group]!, exact: exact[group]!)
        }
        if let bounds = TokenOutlierBounds(tokens: tokens, estimated: !dataset.tokensExact) {
            for (index, count) in tokens.enumerated() {
                if let outlier = bounds.outlier(Int(count)) { facts.outliers[offset + index] = outlier }
            }
        }
    }

    /// Grades the last assistant reply of each undecided example that no earlier section takes.
    private static func addGraderFailures(_ grader: NeedGrader, db: Database, into facts: inout NeedFacts) throws {
        let formats = try normalisers(db)
        let read = try db.makeStatement(sql: "SELECT dataset_id, original FROM example JOIN example_text USING (id) WHERE id = ?")
        for index in facts.rowIDs.indices {
            let status = facts.statuses[index]
            guard status == .pending || status == .flagged, facts.errors[index] == nil, facts.groups[index] == nil,
                  facts.outliers[index] == nil,
                  let row = try Row.fetchOne(read, arguments: [facts.rowIDs[index]]) else { continue }
            let original: String = row["original"]
            guard let parsed = try? JSONParser.parse(original) else { continue }
            let example = (formats[row["dataset_id"]]?.1 ?? Normaliser(format: .openaiChat)).normalise(parsed)
            guard let reply = example.messages.last(where: { $0["role"]?.stringValue == "assistant" }),
                  let text = ContentText.text(of: reply["content"]) else { continue }
            if !grader.grader.grade(GradingInput(id: "", output: text)).pass { facts.graderFailures[index] = grader.label }
        }
    }
}

/// The schema grader the need queue checks assistant replies with, and its name in reasons.
public struct NeedGrader: Sendable {
    /// `JSON Schema` or `GraphQL`.
    public var label: String
    public var grader: any Grader

    /// The name of a schema grader's spec (`json-schema:s.json` → `JSON Schema`), nil for other graders.
    static func label(of spec: String) -> String? {
        if spec.hasPrefix("json-schema:") { return "JSON Schema" }
        if spec.hasPrefix("graphql:") { return "GraphQL" }
        return nil
    }
}
