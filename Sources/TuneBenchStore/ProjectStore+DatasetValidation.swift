import Foundation
import GRDB
import TuneBenchCore

/// What `tunebench validate` reports: every category present, 0 when none.
public struct ValidationReport: Sendable, Equatable, Codable {
    public var examples: Int
    public var errors: [String: Int]
    public var warnings: [String: Int]
    /// The ids of the examples with each finding (`data_type` has none: those lines were never imported).
    public var ids: [String: [String]]

    init() {
        examples = 0
        errors = Dictionary(uniqueKeysWithValues: CheckCategory.errors.map { ($0.rawValue, 0) })
        warnings = Dictionary(uniqueKeysWithValues: CheckCategory.warnings.map { ($0.rawValue, 0) })
        ids = Dictionary(uniqueKeysWithValues: CheckCategory.allCases.map { ($0.rawValue, [String]()) })
    }

    /// How many examples have at least one error / at least one warning.
    public var examplesWithErrors = 0
    public var examplesWithWarnings = 0

    /// True when any error category was found.
    public var hasErrors: Bool { errors.values.contains { $0 > 0 } }

    mutating func add(_ counts: CheckCounts, id: String) {
        for category in counts.categories {
            if category.isError {
                errors[category.rawValue, default: 0] += counts[category]
            } else {
                warnings[category.rawValue, default: 0] += counts[category]
            }
            ids[category.rawValue, default: []].append(id)
        }
    }
}

extension ProjectStore {
    /// Validates a dataset (or every dataset when `name` is nil), stores each example's findings for the
    /// browser and `examples --json`, and returns the totals.
    ///
    /// Per-example checks made at import are reused unless the JSON-output requirement changed since; the token
    /// limit is applied to the stored counts and duplicates are recomputed over the whole dataset.
    /// `progress` gets the examples checked so far of every dataset's examples.
    public func validate(dataset name: String?, settings: ValidationSettings,
                         progress: (WorkProgress) -> Void = { _ in }) throws -> ValidationReport {
        try pool.write { db in
            var report = ValidationReport()
            let datasets = try Self.resolveDatasets(db, name: name, allowAll: true)
            let total = datasets.reduce(0) { $0 + $1.exampleCount }
            var before = 0
            for dataset in datasets {
                try Self.validate(dataset, settings: settings, db: db, into: &report) { read in
                    progress(WorkProgress(records: before + read, totalRecords: total))
                }
                before += dataset.exampleCount
            }
            return report
        }
    }

    /// Examples whose findings are written between two `pause` calls of ``validate(_:settings:db:into:progress:pause:)``.
    static let validationWriteChunk = 8_192

    /// Validates one dataset inside the caller's write transaction (also the last step of an import).
    ///
    /// Memory: per example 8 (row id) + 8 (key) + 4 (tokens) + 8 (hash) + 64 (sketch) bytes, plus the findings
    /// of the examples that have any; about 100 MB for a million examples with the duplicate search.
    /// `progress` gets the examples read so far (the read is most of the time; the duplicate search follows).
    /// `pause` is called before the first write and after every ``validationWriteChunk`` updated examples: an import
    /// commits there (its dataset is incomplete, so nobody else reads or writes it) to let other writers in.
    static func validate(_ dataset: DatasetRow, settings: ValidationSettings, db: Database,
                         into report: inout ValidationReport, progress: (Int) -> Void = { _ in },
                         pause: () throws -> Void = {}) throws {
        let recheck = dataset.checkedJSONOutput != settings.requireJSONOutput
        let expected = dataset.exampleCount
        var rowIDs: [Int64] = [], keys: [Int64] = [], tokens: [Int32] = [], hashes: [UInt64] = []
        var sketches: [UInt16] = []
        rowIDs.reserveCapacity(expected)
        keys.reserveCapacity(expected)
        tokens.reserveCapacity(expected)
        hashes.reserveCapacity(expected)
        sketches.reserveCapacity(expected * MinHashSketch.size)
        var stored: [Int: String] = [:]
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT id, key, total_tokens, content_hash, sketch, checks FROM example WHERE +dataset_id = ? ORDER BY id",
            arguments: [dataset.id])
        while let row = try cursor.next() {
            if let checks: String = row[5] { stored[rowIDs.count] = checks }
            rowIDs.append(row[0])
            keys.append(row[1])
            tokens.append(Int32(clamping: row[2] as Int))
            hashes.append(UInt64(bitPattern: row[3]))
            let sketch: Data = row[4]
            sketch.withUnsafeBytes { sketches.append(contentsOf: $0.bindMemory(to: UInt16.self)) }
            if rowIDs.count % 4096 == 0 { progress(rowIDs.count) }
        }
        progress(rowIDs.count)
        // Findings that do not depend on the whole set, for the examples that have any.
        var fresh: [Int: CheckCounts] = [:]
        for (i, text) in stored {
            var counts = CheckCounts(encoded: text).withoutDuplicates
            counts.remove(.overTokenLimit)
            if !counts.isEmpty { fresh[i] = counts }
        }
        if recheck {
            try recheckOriginals(dataset, settings: settings, db: db, into: &fresh)
            try db.execute(sql: "UPDATE dataset SET checked_json_output = ? WHERE id = ?",
                           arguments: [settings.requireJSONOutput, dataset.id])
        }
        let duplicates = DuplicateFinder(threshold: settings.nearDuplicateThreshold)
            .analyse(exactHashes: hashes, sketches: sketches, groups: false)
        sketches = []
        hashes = []
        // The read and the duplicate search are done: the writes start in a fresh transaction.
        try pause()
        let update = try db.makeStatement(sql: "UPDATE example SET checks = ? WHERE id = ?")
        var updated = 0
        for i in rowIDs.indices {
            var counts = fresh[i] ?? CheckCounts()
            if Int(tokens[i]) > settings.tokenLimit { counts.add(.overTokenLimit) }
            if duplicates.exact[i] { counts.add(.exactDuplicate) } else if duplicates.near[i] { counts.add(.nearDuplicate) }
            let encoded = counts.encoded
            if encoded != stored[i] {
                try update.execute(arguments: [encoded, rowIDs[i]])
                updated += 1
                if updated % validationWriteChunk == 0 { try pause() }
            }
            guard !counts.isEmpty else { continue }
            report.add(counts, id: ExampleKey.string(keys[i]))
            if counts.categories.contains(where: \.isError) { report.examplesWithErrors += 1 }
            if counts.categories.contains(where: { !$0.isError }) { report.examplesWithWarnings += 1 }
        }
        report.examples += rowIDs.count
        report.errors[CheckCategory.dataType.rawValue, default: 0] += dataset.notObjectCount
        if dataset.nearDuplicatesStale {
            try db.execute(sql: "UPDATE dataset SET near_duplicates_stale = 0 WHERE id = ?", arguments: [dataset.id])
        }
    }

    /// Runs the per-example checks again from the stored originals, two threads at a time.
    private static func recheckOriginals(_ dataset: DatasetRow, settings: ValidationSettings, db: Database,
                                         into fresh: inout [Int: CheckCounts]) throws {
        let normaliser = Normaliser(format: dataset.format, columnMapping: dataset.columnMapping)
        let checker = settings.checker
        let cursor = try Row.fetchCursor(
            db, sql: """
                SELECT example_text.original, example.total_tokens FROM example JOIN example_text USING (id)
                WHERE +example.dataset_id = ? ORDER BY example.id
                """, arguments: [dataset.id])
        var index = 0
        var chunk: [(String, Int)] = []
        func flush() {
            let results = ResultSlots<CheckCounts>(count: chunk.count)
            let work = chunk
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in stride(from: part, to: work.count, by: 2) {
                    var text = work[i].0
                    let example = text.withUTF8 { bytes -> NormalisedExample? in
                        (try? JSONParser.parse(UnsafeRawBufferPointer(bytes))).map(normaliser.normalise)
                    }
                    guard let example else { continue }
                    var counts = checker.check(example, totalTokens: work[i].1)
                    counts.remove(.overTokenLimit)
                    results.set(i, counts)
                }
            }
            for (offset, counts) in results.values.enumerated() {
                fresh[index + offset] = (counts?.isEmpty ?? true) ? nil : counts
            }
            index += chunk.count
            chunk.removeAll(keepingCapacity: true)
        }
        while let row = try cursor.next() {
            chunk.append((row[0], row[1]))
            if chunk.count == 2048 { flush() }
        }
        flush()
    }
}
