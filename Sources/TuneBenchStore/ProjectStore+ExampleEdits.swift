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
    /// (tokens, fingerprint, findings; its exact-duplicate groups are updated, see `replaceText`), a revision
    /// keeping both texts, and an edit log entry, so `undo(scope: .dataset)` puts the text back.
    ///
    /// - Parameter original: the text the edit started from; when the example's text differs now (changed
    ///   elsewhere meanwhile), nothing is stored.
    /// - Returns: the logged change, or nil when the edited record equals the stored one (whatever its layout).
    /// - Throws: `ExampleEditError.invalid` for text that is not a record of the dataset's format,
    ///   `DatasetStoreError.changedElsewhere`.
    @discardableResult
    public func editExample(exampleID: String, dataset: String? = nil, text: String, original: String,
                            now: Date = Date()) throws -> EditOutcome? {
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
            let edit = ReviewEdit(exampleID: exampleID, before: before, after: after, text: TextChange(revision: revision))
            try Self.writeState(edit, rowID: rowID, db: db)
            let sequence = try Self.logApply(.review(edit), references: EditReferences(exampleRowID: rowID, revision: revision),
                                             now: now, db: db)
            return try Self.applied(.review(edit), sequence: sequence, recordID: rowID, db: db)
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
            SELECT dataset.* FROM dataset JOIN example ON example.dataset_id = dataset.id WHERE example.id = ? AND dataset.complete
            """, arguments: [rowID]) else { throw DatasetStoreError.noSuchExample("#\(rowID)") }
        return try DatasetRow(row: row)
    }

    /// The texts of a logged edit's revision.
    static func revisionTexts(_ db: Database, id: Int64) throws -> (before: String, after: String) {
        let row = try Row.fetchOne(db, sql: "SELECT before, after FROM example_revision WHERE id = ?", arguments: [id])!
        return (row["before"], row["after"])
    }

    /// Stores `text` as the example's text and derives its facts again as an import would (token counts with
    /// the dataset's counter, fingerprint, per-example findings and the token limit) and keeps the search index
    /// right. The example keeps its id.
    ///
    /// The cost follows the example, not the dataset: exact-duplicate findings are updated for the examples sharing the
    /// old and the new content hash (found in `example_by_hash`, which moves with it). Near-duplicate findings are left
    /// as the last validation found them (an edit that removes an exact duplicate leaves it without one) and the
    /// dataset is marked as possibly stale when the edit could change them; the next validation finds them again.
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
        let old = try Row.fetchOne(db, sql: "SELECT content_hash, sketch, checks FROM example WHERE id = ?",
                                   arguments: [rowID])!
        let oldHash: Int64 = old[0], oldSketch: Data = old[1]
        let oldChecks = CheckCounts(encoded: old[2])
        let newHash = Int64(bitPattern: facts.fingerprint.exactHash)
        let newSketch = facts.fingerprint.sketch.withUnsafeBytes { Data($0) }
        // Its own findings, with the set-wide ones it had; the duplicate groups below correct the exact one.
        var checks = facts.checks.withoutDuplicates
        checks.add(.exactDuplicate, oldChecks[.exactDuplicate])
        checks.add(.nearDuplicate, oldChecks[.nearDuplicate])
        try db.execute(sql: """
            UPDATE example SET message_count = ?, total_tokens = ?, assistant_tokens = ?, content_hash = ?, sketch = ?,
                               checks = ?
            WHERE id = ?
            """, arguments: [facts.tokens.messages, facts.tokens.total, facts.tokens.assistant, newHash, newSketch,
                             checks.encoded, rowID])
        try db.execute(sql: "UPDATE example_by_hash SET content_hash = ? WHERE dataset_id = ? AND content_hash = ? AND id = ?",
                       arguments: [newHash, dataset.id, oldHash, rowID])
        let previous = try currentText(db, rowID: rowID)
        try db.execute(sql: "UPDATE example_text SET original = ? WHERE id = ?", arguments: [text, rowID])
        // The search index is contentless: it forgets the old words only when told what they were.
        try reindexExample(db, rowID: rowID, previousOriginal: previous)
        var exactChanged = try refreshExactDuplicates(db, datasetID: dataset.id, hash: newHash)
        if oldHash != newHash {
            exactChanged = try refreshExactDuplicates(db, datasetID: dataset.id, hash: oldHash) || exactChanged
        }
        // Exact duplicates take no part in the near-duplicate search: a new sketch matters only outside them
        // (with no exact finding changed, the example is one after the edit exactly when it was one before).
        let wasExact = oldChecks[.exactDuplicate] > 0
        if exactChanged || (oldSketch != newSketch && !wasExact) {
            try db.execute(sql: "UPDATE dataset SET near_duplicates_stale = 1 WHERE id = ?", arguments: [dataset.id])
        }
    }

    /// Marks every example of an exact-duplicate group after the first (by id, as validation does) as an
    /// `exact_duplicate` and the first as none; returns whether any example's finding changed. An example that
    /// stops being an exact duplicate gets no near-duplicate finding until the next validation.
    private static func refreshExactDuplicates(_ db: Database, datasetID: Int64, hash: Int64) throws -> Bool {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT example.id, example.checks FROM example_by_hash CROSS JOIN example ON example.id = example_by_hash.id
            WHERE example_by_hash.dataset_id = ? AND example_by_hash.content_hash = ? ORDER BY example_by_hash.id
            """), arguments: [datasetID, hash])
        var changed = false
        for (position, row) in rows.enumerated() {
            var counts = CheckCounts(encoded: row[1])
            let isExact = position > 0
            guard isExact != (counts[.exactDuplicate] > 0) else { continue }
            changed = true
            counts.remove(.exactDuplicate)
            counts.remove(.nearDuplicate)
            if isExact { counts.add(.exactDuplicate) }
            try db.cachedStatement(sql: "UPDATE example SET checks = ? WHERE id = ?")
                .execute(arguments: [counts.encoded, row[0] as Int64])
        }
        return changed
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
