import Foundation
import GRDB
import TuneBenchCore

/// A dataset row, as the store's own functions use it.
struct DatasetRow {
    var id: Int64
    var name: String
    var format: DatasetFormat
    var columnMapping: CSVColumnMapping?
    var tokenCounter: String
    var tokensExact: Bool
    var checkedJSONOutput: Bool
    var exampleCount: Int
    var problemCount: Int
    var notObjectCount: Int
    var nearDuplicatesStale: Bool

    init(row: Row) throws {
        id = row["id"]
        name = row["name"]
        format = DatasetFormat(rawValue: row["format"]) ?? .openaiChat
        columnMapping = try (row["column_mapping"] as String?).map { try CSVColumnMapping(parsing: $0) }
        tokenCounter = row["token_counter"]
        tokensExact = row["tokens_exact"]
        checkedJSONOutput = row["checked_json_output"]
        exampleCount = row["example_count"]
        problemCount = row["problem_count"]
        notObjectCount = row["not_object_count"]
        nearDuplicatesStale = row["near_duplicates_stale"]
    }

    var summary: DatasetSummary {
        DatasetSummary(name: name, format: format, examples: exampleCount, problems: problemCount,
                       tokenCounter: tokenCounter, tokensExact: tokensExact, nearDuplicatesStale: nearDuplicatesStale)
    }
}

extension ProjectStore {
    /// Every dataset, oldest first.
    public func datasets() throws -> [DatasetSummary] {
        try pool.read { db in try Self.datasetRows(db).map(\.summary) }
    }

    /// Every recorded import, oldest first.
    public func datasetImports() throws -> [DatasetImportRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT dataset.name, dataset_import.* FROM dataset_import JOIN dataset ON dataset.id = dataset_import.dataset_id
                ORDER BY dataset_import.id
                """).map { row in
                DatasetImportRecord(
                    dataset: row["name"], fileName: row["file_name"], fileSize: row["file_size"], sha256: row["sha256"],
                    format: DatasetFormat(rawValue: row["format"]) ?? .openaiChat,
                    startedAt: Date(timeIntervalSince1970: row["started_at"]),
                    finishedAt: Date(timeIntervalSince1970: row["finished_at"]),
                    imported: row["imported"], problems: row["problems"])
            }
        }
    }

    /// The validation settings stored in the project, with defaults for those never set.
    public func validationSettings() throws -> ValidationSettings {
        let settings = try allSettings()
        var result = ValidationSettings()
        if let limit = settings[ValidationSettings.Key.tokenLimit].flatMap(Int.init) { result.tokenLimit = limit }
        if let json = settings[ValidationSettings.Key.requireJSONOutput] { result.requireJSONOutput = json == "true" }
        if let threshold = settings[ValidationSettings.Key.nearDuplicateThreshold].flatMap(Double.init) {
            result.nearDuplicateThreshold = threshold
        }
        return result
    }

    /// The import problems of a dataset, in line order.
    public func importProblems(dataset name: String?) throws -> [ImportProblem] {
        try pool.read { db in
            var problems: [ImportProblem] = []
            for dataset in try Self.resolveDatasets(db, name: name, allowAll: true) {
                problems += try Row.fetchAll(
                    db, sql: "SELECT line, reason FROM import_problem WHERE dataset_id = ? ORDER BY line",
                    arguments: [dataset.id]
                ).map { ImportProblem(line: $0["line"], reason: $0["reason"]) }
            }
            return problems
        }
    }

    // Scans of examples filter with `+dataset_id`: the unary plus keeps SQLite from walking the (dataset, key)
    // index, which would visit rows in key order, one random page read each; rowid order reads each page once.

    static func datasetRows(_ db: Database) throws -> [DatasetRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM dataset WHERE complete ORDER BY id").map(DatasetRow.init)
    }

    /// Throws what ``validate(dataset:settings:progress:)`` would throw for `name` (no such dataset, no
    /// datasets) with a read only, so a command can refuse before it opens the project for writing.
    public func checkValidationTarget(dataset name: String?) throws {
        _ = try pool.read { db in try Self.resolveDatasets(db, name: name, allowAll: true) }
    }

    /// The dataset called `name`; with no name, the only dataset, or (when `allowAll`) every dataset.
    static func resolveDatasets(_ db: Database, name: String?, allowAll: Bool) throws -> [DatasetRow] {
        let rows = try datasetRows(db)
        if let name {
            guard let row = rows.first(where: { $0.name == name }) else { throw DatasetStoreError.noSuchDataset(name) }
            return [row]
        }
        guard !rows.isEmpty else { throw DatasetStoreError.noDatasets }
        if rows.count > 1 && !allowAll { throw DatasetStoreError.ambiguousDataset(rows.map(\.name)) }
        return rows
    }
}
