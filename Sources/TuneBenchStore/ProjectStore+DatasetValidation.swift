import Foundation
import GRDB
import TuneBenchCore

/// What `tunebench validate` reports: every category present, 0 when none.
public struct ValidationReport: Sendable, Equatable {
    public var examples: Int
    public var errors: [String: Int]
    public var warnings: [String: Int]
    /// The stable ids of the examples with each finding, as stored (8 bytes each: a 16-digit string takes about
    /// ten times that, and a five-million-example dataset can have half a million findings).
    public private(set) var keys: [String: [Int64]]

    /// The ids of the examples with each finding, as every output shows them (`data_type` has none: those lines
    /// were never imported).
    public var ids: [String: [String]] { keys.mapValues { $0.map(ExampleKey.string) } }

    init() {
        examples = 0
        errors = Dictionary(uniqueKeysWithValues: CheckCategory.errors.map { ($0.rawValue, 0) })
        warnings = Dictionary(uniqueKeysWithValues: CheckCategory.warnings.map { ($0.rawValue, 0) })
        keys = Dictionary(uniqueKeysWithValues: CheckCategory.allCases.map { ($0.rawValue, [Int64]()) })
    }

    /// How many examples have at least one error / at least one warning.
    public var examplesWithErrors = 0
    public var examplesWithWarnings = 0

    /// True when any error category was found.
    public var hasErrors: Bool { errors.values.contains { $0 > 0 } }

    mutating func add(_ counts: CheckCounts, key: Int64) {
        for category in counts.categories {
            if category.isError {
                errors[category.rawValue, default: 0] += counts[category]
            } else {
                warnings[category.rawValue, default: 0] += counts[category]
            }
            keys[category.rawValue, default: []].append(key)
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

    /// Examples read, checked and written between two `pause` calls of ``validate(_:settings:db:into:progress:pause:)``.
    static let validationWriteChunk = 8_192

    /// Validates one dataset inside the caller's write transaction (also the last step of an import).
    ///
    /// Memory: per example 9 bytes, 13 when the dataset's rowids have gaps, and at most 32 MB of band keys (the
    /// duplicate search, ``findDuplicates(of:threshold:db:keysInMemory:progress:)``, which never holds the hashes
    /// or sketches), plus 8 bytes per finding (the report's ids); the rest is one chunk: the findings are read,
    /// checked and written ``validationWriteChunk`` examples at a time.
    /// `progress` gets an estimate of the examples done: the search's scans and the writing pass weigh the same.
    /// `pause` is called before the first write and after every chunk of ``validationWriteChunk`` examples: an import
    /// commits there (its dataset is incomplete, so nobody else reads or writes it) to let other writers in.
    static func validate(_ dataset: DatasetRow, settings: ValidationSettings, db: Database,
                         into report: inout ValidationReport, progress: (Int) -> Void = { _ in },
                         pause: () throws -> Void = {}) throws {
        let scans = duplicateScans + 1
        let expected = dataset.exampleCount
        let duplicates = try findDuplicates(of: dataset.id, threshold: settings.nearDuplicateThreshold, db: db) {
            progress((($0 * expected) + min($1, expected)) / scans)
        }
        let clusters = duplicates.clusters
        let recheck = dataset.checkedJSONOutput != settings.requireJSONOutput
        let normaliser = Normaliser(format: dataset.format, columnMapping: dataset.columnMapping)
        let checker = settings.checker
        // The search is done: the writes start in a fresh transaction.
        try pause()
        let update = try db.makeStatement(sql: "UPDATE example SET checks = ? WHERE id = ?")
        let chunk = try db.makeStatement(sql: recheck ? """
            SELECT example.id, example.key, example.total_tokens, example.checks, example_text.original
            FROM example LEFT JOIN example_text USING (id)
            WHERE +example.dataset_id = ? AND example.id > ? ORDER BY example.id LIMIT ?
            """ : """
            SELECT id, key, total_tokens, checks FROM example WHERE +dataset_id = ? AND id > ? ORDER BY id LIMIT ?
            """)
        var index = 0, lastID: Int64 = -1
        while true {
            // A chunk at a time by rowid: no statement stays open across the pauses' commits.
            let rows = try Row.fetchAll(chunk, arguments: [dataset.id, lastID, validationWriteChunk])
            guard let last = rows.last else { break }
            lastID = last[0]
            let rechecked = recheck ? recheckOriginals(rows.map { (($0[4] as String?) ?? "", $0[2]) }, normaliser: normaliser, checker: checker) : []
            for (offset, row) in rows.enumerated() {
                let stored: String? = row[3]
                // Findings that do not depend on the whole set.
                var counts = recheck ? rechecked[offset] ?? CheckCounts() : CheckCounts(encoded: stored).withoutDuplicates
                counts.remove(.overTokenLimit)
                if row[2] as Int > settings.tokenLimit { counts.add(.overTokenLimit) }
                // Rows come in ascending id, as the ordinals count them.
                if clusters.isExact(index) { counts.add(.exactDuplicate) } else if clusters.isNear(index) { counts.add(.nearDuplicate) }
                index += 1
                let encoded = counts.encoded
                if encoded != stored {
                    try update.execute(arguments: [encoded, row[0]])
                }
                guard !counts.isEmpty else { continue }
                report.add(counts, key: row[1])
                if counts.categories.contains(where: \.isError) { report.examplesWithErrors += 1 }
                if counts.categories.contains(where: { !$0.isError }) { report.examplesWithWarnings += 1 }
            }
            progress(((scans - 1) * expected + min(index, expected)) / scans)
            // After every chunk read, written or not: a chunk with few findings to write still takes its time to
            // read and check, and a pause only after so many writes held the lock for seconds.
            try pause()
        }
        report.examples += index
        report.errors[CheckCategory.dataType.rawValue, default: 0] += dataset.notObjectCount
        if recheck {
            try db.execute(sql: "UPDATE dataset SET checked_json_output = ? WHERE id = ?",
                           arguments: [settings.requireJSONOutput, dataset.id])
        }
        if dataset.nearDuplicatesStale {
            try db.execute(sql: "UPDATE dataset SET near_duplicates_stale = 0 WHERE id = ?", arguments: [dataset.id])
        }
    }

    /// Runs the per-example checks again on a chunk's stored originals (with their token counts), two threads
    /// at a time; nil for an example without findings or whose original no longer parses.
    private static func recheckOriginals(_ work: [(String, Int)], normaliser: Normaliser,
                                         checker: ExampleChecker) -> [CheckCounts?] {
        let results = ResultSlots<CheckCounts>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            for i in stride(from: part, to: work.count, by: 2) {
                var text = work[i].0
                let example = text.withUTF8 { bytes -> NormalisedExample? in
                    (try? JSONParser.parse(UnsafeRawBufferPointer(bytes))).map(normaliser.normalise)
                }
                guard let example else { continue }
                let counts = checker.check(example, totalTokens: work[i].1)
                if !counts.isEmpty { results.set(i, counts) }
            }
        }
        return results.values
    }
}
