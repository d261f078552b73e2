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
    public func validate(dataset name: String?, settings: ValidationSettings) throws -> ValidationReport {
        try pool.write { db in
            var report = ValidationReport()
            for dataset in try Self.resolveDatasets(db, name: name, allowAll: true) {
                try Self.validate(dataset, settings: settings, db: db, into: &report)
            }
            return report
        }
    }

    private static func validate(_ dataset: DatasetRow, settings: ValidationSettings, db: Database,
                                 into report: inout ValidationReport) throws {
        let recheck = dataset.checkedJSONOutput != settings.requireJSONOutput
        var rowIDs: [Int64] = []
        var keys: [Int64] = []
        var stored: [String?] = []
        var fresh: [CheckCounts] = []
        var hashes: [UInt64] = []
        var sketches: [UInt16] = []
        rowIDs.reserveCapacity(dataset.exampleCount)
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT id, key, total_tokens, content_hash, sketch, checks FROM example WHERE +dataset_id = ? ORDER BY id",
            arguments: [dataset.id])
        while let row = try cursor.next() {
            rowIDs.append(row[0])
            keys.append(row[1])
            let tokens: Int = row[2]
            hashes.append(UInt64(bitPattern: row[3]))
            let sketch: Data = row[4]
            sketch.withUnsafeBytes { sketches.append(contentsOf: $0.bindMemory(to: UInt16.self)) }
            let checks: String? = row[5]
            stored.append(checks)
            var counts = CheckCounts(encoded: checks).withoutDuplicates
            counts.remove(.overTokenLimit)
            if tokens > settings.tokenLimit { counts.add(.overTokenLimit) }
            fresh.append(counts)
        }
        if recheck {
            try recheckOriginals(dataset, settings: settings, db: db, rowIDs: rowIDs, into: &fresh)
            try db.execute(sql: "UPDATE dataset SET checked_json_output = ? WHERE id = ?",
                           arguments: [settings.requireJSONOutput, dataset.id])
        }
        let duplicates = DuplicateFinder(threshold: settings.nearDuplicateThreshold).analyse(exactHashes: hashes, sketches: sketches)
        sketches = []
        let update = try db.makeStatement(sql: "UPDATE example SET checks = ? WHERE id = ?")
        for i in rowIDs.indices {
            if duplicates.exact[i] { fresh[i].add(.exactDuplicate) } else if duplicates.near[i] { fresh[i].add(.nearDuplicate) }
            let encoded = fresh[i].encoded
            if encoded != stored[i] { try update.execute(arguments: [encoded, rowIDs[i]]) }
            if !fresh[i].isEmpty { report.add(fresh[i], id: ExampleKey.string(keys[i])) }
        }
        report.examples += rowIDs.count
        report.errors[CheckCategory.dataType.rawValue, default: 0] += dataset.notObjectCount
    }

    /// Runs the per-example checks again from the stored originals, two threads at a time.
    private static func recheckOriginals(_ dataset: DatasetRow, settings: ValidationSettings, db: Database,
                                         rowIDs: [Int64], into fresh: inout [CheckCounts]) throws {
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
            let results = ResultBox<CheckCounts>(count: chunk.count)
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
                var merged = counts ?? CheckCounts()
                if fresh[index + offset][.overTokenLimit] > 0 { merged.add(.overTokenLimit) }
                fresh[index + offset] = merged
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

/// Slots written by distinct threads at distinct indices.
final class ResultBox<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ index: Int, _ value: Value) { slots[index] = value }
    var values: [Value?] { Array(slots) }
}
