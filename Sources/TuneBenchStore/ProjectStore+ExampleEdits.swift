import Foundation
import GRDB
import TuneBenchCore

/// Why an edited example was not stored.
public enum ExampleEditError: Error, Equatable, CustomStringConvertible {
    /// The edited text is not a record of the dataset's format (nothing was stored).
    case invalid(EditedRecordError)

    public var description: String {
        switch self {
        case .invalid(let error): "not saved: \(error.description)"
        }
    }
}

extension ProjectStore {
    /// The current text of an example (the imported record, or its last edit) and its dataset's format.
    public func exampleText(exampleID: String, dataset: String? = nil) throws -> (text: String, format: DatasetFormat) {
        try pool.read { db in
            let rowID = try Self.exampleRowID(db, key: exampleID, dataset: dataset)
            return (try Self.currentText(db, rowID: rowID), try Self.datasetRow(db, ofExample: rowID).format)
        }
    }

    /// Replaces an example's text with an edited record, in one transaction: the text, the facts derived from it
    /// (tokens, fingerprint, findings; the dataset's duplicates are found again), a revision keeping both
    /// texts, and a review log entry, so `undoReview` puts the text back.
    ///
    /// - Parameter original: the text the edit started from; when the example's text differs now (changed
    ///   elsewhere meanwhile), nothing is stored.
    /// - Returns: the logged edit, or nil when the edited record equals the stored one (whatever its layout).
    /// - Throws: `ExampleEditError.invalid` for text that is not a record of the dataset's format,
    ///   `DatasetStoreError.changedElsewhere`.
    @discardableResult
    public func editExample(exampleID: String, dataset: String? = nil, text: String, original: String,
                            now: Date = Date()) throws -> ReviewEdit? {
        try pool.write { db in
            let rowID = try Self.exampleRowID(db, key: exampleID, dataset: dataset)
            let current = try Self.currentText(db, rowID: rowID)
            guard current == original else { throw DatasetStoreError.changedElsewhere(exampleID) }
            let format = try Self.datasetRow(db, ofExample: rowID).format
            let record: String
            switch EditedRecord.check(text, format: format) {
            case .success(let compact): record = compact
            case .failure(let error): throw ExampleEditError.invalid(error)
            }
            // The same record laid out differently (the editor's pretty-printing, saved as is) is no change.
            guard record != ((try? JSONParser.parse(current)).map(JSONWriter.string) ?? current) else { return nil }
            try db.execute(sql: "INSERT INTO example_revision (example_id, before, after, at) VALUES (?, ?, ?, ?)",
                           arguments: [rowID, current, record, now.timeIntervalSince1970])
            let revision = db.lastInsertedRowID
            try Self.replaceText(db, rowID: rowID, with: record)
            let before = try Self.reviewState(db, rowID: rowID)
            var after = before
            after.reviewedAt = now
            let edit = ReviewEdit(exampleID: exampleID, before: before, after: after, editedText: true)
            try Self.write(edit, rowID: rowID, action: .apply, target: nil, revision: revision, now: now, db: db)
            return edit
        }
    }

    /// Every text an example has had, oldest first: the imported record, then each edit (undone ones included).
    public func exampleRevisions(exampleID: String, dataset: String? = nil) throws -> [String] {
        try pool.read { db in
            let rowID = try Self.exampleRowID(db, key: exampleID, dataset: dataset)
            let rows = try Row.fetchAll(db, sql: "SELECT before, after FROM example_revision WHERE example_id = ? ORDER BY id",
                                        arguments: [rowID])
            guard let first = rows.first else { return [try Self.currentText(db, rowID: rowID)] }
            return [first["before"]] + rows.map { $0["after"] }
        }
    }

    // MARK: - Inside a write

    static func currentText(_ db: Database, rowID: Int64) throws -> String {
        guard let text = try String.fetchOne(db, sql: "SELECT original FROM example_text WHERE id = ?", arguments: [rowID]) else {
            throw DatasetStoreError.noSuchExample("#\(rowID)")
        }
        return text
    }

    static func datasetRow(_ db: Database, ofExample rowID: Int64) throws -> DatasetRow {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT dataset.* FROM dataset JOIN example ON example.dataset_id = dataset.id WHERE example.id = ?
            """, arguments: [rowID]) else { throw DatasetStoreError.noSuchExample("#\(rowID)") }
        return try DatasetRow(row: row)
    }

    /// The texts of a logged edit's revision.
    static func revisionTexts(_ db: Database, id: Int64) throws -> (before: String, after: String) {
        let row = try Row.fetchOne(db, sql: "SELECT before, after FROM example_revision WHERE id = ?", arguments: [id])!
        return (row["before"], row["after"])
    }

    /// Stores `text` as the example's text and derives its facts again as an import would (token counts with
    /// the dataset's counter, fingerprint, per-example findings), keeps the search index right, then validates the dataset again so
    /// duplicate findings and the token limit follow the new text. The example keeps its id.
    static func replaceText(_ db: Database, rowID: Int64, with text: String) throws {
        let dataset = try datasetRow(db, ofExample: rowID)
        let settings = try validationSettings(db)
        let processor = RecordProcessor(
            normaliser: Normaliser(format: dataset.format, columnMapping: dataset.columnMapping),
            counter: try tokenCounter(db, for: dataset), checker: settings.checker)
        var bytes = Array(text.utf8)
        let result = bytes.withUnsafeMutableBytes { processor.process(UnsafeRawBufferPointer($0)) }
        let facts: ProcessedFacts
        switch result {
        case .success(let processed): facts = processed
        case .failure(let error): throw ExampleEditError.invalid(EditedRecordError(reason: error.reason))
        }
        try db.execute(sql: """
            UPDATE example SET message_count = ?, total_tokens = ?, assistant_tokens = ?, content_hash = ?, sketch = ?,
                               checks = ?
            WHERE id = ?
            """, arguments: [facts.tokens.messages, facts.tokens.total, facts.tokens.assistant,
                             Int64(bitPattern: facts.fingerprint.exactHash),
                             facts.fingerprint.sketch.withUnsafeBytes { Data($0) }, facts.checks.encoded, rowID])
        let previous = try currentText(db, rowID: rowID)
        try db.execute(sql: "UPDATE example_text SET original = ? WHERE id = ?", arguments: [text, rowID])
        // The search index is contentless: it forgets the old words only when told what they were.
        try reindexExample(db, rowID: rowID, previousOriginal: previous)
        var report = ValidationReport()
        try validate(dataset, settings: settings, db: db, into: &report)
    }

    /// The validation settings, read inside a transaction (``validationSettings()`` reads through the pool).
    static func validationSettings(_ db: Database) throws -> ValidationSettings {
        var result = ValidationSettings()
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM setting")
        let settings = Dictionary(rows.map { ($0["key"] as String, $0["value"] as String) }, uniquingKeysWith: { $1 })
        if let limit = settings[ValidationSettings.Key.tokenLimit].flatMap(Int.init) { result.tokenLimit = limit }
        if let json = settings[ValidationSettings.Key.requireJSONOutput] { result.requireJSONOutput = json == "true" }
        if let threshold = settings[ValidationSettings.Key.nearDuplicateThreshold].flatMap(Double.init) {
            result.nearDuplicateThreshold = threshold
        }
        return result
    }

    /// The counter the dataset's figures were made with: the estimator for an estimated dataset, else the
    /// project's exact tokenizer (which falls back to the estimator when its rank file is gone).
    static func tokenCounter(_ db: Database, for dataset: DatasetRow) throws -> any TokenCounter {
        guard dataset.tokensExact, let encoding = TiktokenEncoding(rawValue: dataset.tokenCounter) else {
            return EstimatedTokenCounter()
        }
        let directory = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?",
                                            arguments: [tokenizerRankDirectoryKey])
        return TokenizerCatalog(locator: RankFileLocator(settingsDirectory: directory)).counter(for: encoding).counter
    }
}
