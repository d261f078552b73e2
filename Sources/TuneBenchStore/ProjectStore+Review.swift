import Foundation
import GRDB
import TuneBenchCore

/// How many examples are in each review status, over every dataset (`info --json` "review").
public struct ReviewCounts: Sendable, Equatable, Codable {
    public var pending = 0
    public var accepted = 0
    public var rejected = 0
    public var flagged = 0

    /// Every example, whatever its status.
    public var total: Int { pending + accepted + rejected + flagged }

    public init(pending: Int = 0, accepted: Int = 0, rejected: Int = 0, flagged: Int = 0) {
        self.pending = pending
        self.accepted = accepted
        self.rejected = rejected
        self.flagged = flagged
    }
}

extension ProjectStore {
    /// Review counts from the counters kept on each dataset (never a scan of the examples).
    public func reviewCounts() throws -> ReviewCounts {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT coalesce(sum(pending_count), 0), coalesce(sum(accepted_count), 0),
                       coalesce(sum(rejected_count), 0), coalesce(sum(flagged_count), 0) FROM dataset WHERE complete
                """)!
            return ReviewCounts(pending: row[0], accepted: row[1], rejected: row[2], flagged: row[3])
        }
    }

    /// The review state of one example.
    public func reviewState(of exampleID: String, dataset: String? = nil) throws -> ReviewState {
        try pool.read { db in try Self.reviewState(db, rowID: try Self.exampleRowID(db, key: exampleID, dataset: dataset)) }
    }

    /// Changes an example's review state and logs the edit (with its inverse) in one transaction. With
    /// `expecting`, refuses when the current state differs (it was changed elsewhere).
    @discardableResult
    public func applyReview(exampleID: String, dataset: String? = nil, change: ReviewChange,
                            expecting: ReviewState? = nil, now: Date = Date()) throws -> EditOutcome {
        try pool.write { db in
            let rowID = try Self.exampleRowID(db, key: exampleID, dataset: dataset)
            let before = try Self.reviewState(db, rowID: rowID)
            if let expecting, expecting != before { throw DatasetStoreError.changedElsewhere(exampleID) }
            let edit = ReviewEdit(exampleID: exampleID, before: before, after: change.applied(to: before, at: now))
            try Self.writeState(edit, rowID: rowID, db: db)
            let sequence = try Self.logApply(.review(edit), references: EditReferences(exampleRowID: rowID), now: now, db: db)
            return try Self.applied(.review(edit), sequence: sequence, recordID: rowID, db: db)
        }
    }

    // MARK: - Rows

    static let statusCodes: [ReviewStatus] = [.pending, .accepted, .rejected, .flagged]

    static func exampleRowID(_ db: Database, key: String, dataset: String?) throws -> Int64 {
        guard let value = ExampleKey.value(key) else { throw DatasetStoreError.noSuchExample(key) }
        // Datasets first (CROSS JOIN keeps that order), so each is one lookup in `example_by_key`: the other
        // way round SQLite scans every example's key (120 ms at a million, on every review key).
        let rows = try Row.fetchAll(db, sql: """
            SELECT example_by_key.id, dataset.name FROM dataset CROSS JOIN example_by_key ON example_by_key.dataset_id = dataset.id
            WHERE dataset.complete AND example_by_key.key = ? AND (? IS NULL OR dataset.name = ?)
            """, arguments: [value, dataset, dataset])
        guard let first = rows.first else { throw DatasetStoreError.noSuchExample(key) }
        guard rows.count == 1 else { throw DatasetStoreError.ambiguousExample(key, rows.map { $0[1] }) }
        return first[0]
    }

    static func reviewState(_ db: Database, rowID: Int64) throws -> ReviewState {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT status, tags, note, reviewed_at FROM example WHERE id = ?"),
                                         arguments: [rowID]) else { throw DatasetStoreError.noSuchExample("#\(rowID)") }
        let tagsText: String = row["tags"]
        let tags = tagsText.isEmpty ? [] : (try? JSONDecoder().decode([String].self, from: Data(tagsText.utf8))) ?? []
        let reviewedAt: Double? = row["reviewed_at"]
        return ReviewState(status: statusCodes[row["status"] as Int], tags: tags, note: row["note"],
                           reviewedAt: reviewedAt.map(Date.init(timeIntervalSince1970:)))
    }

    /// Stores the review state an edit leaves (and the dataset's status counters).
    static func writeState(_ edit: ReviewEdit, rowID: Int64, db: Database) throws {
        let state = edit.after
        let tags = state.tags.isEmpty ? "" : String(decoding: try JSONEncoder().encode(state.tags), as: UTF8.self)
        // Cached statements: a bulk change writes thousands of these in one transaction.
        try db.cachedStatement(sql: "UPDATE example SET status = ?, tags = ?, note = ?, reviewed_at = ? WHERE id = ?")
            .execute(arguments: [statusCodes.firstIndex(of: state.status)!, tags, state.note,
                                 state.reviewedAt?.timeIntervalSince1970, rowID])
        if edit.before.status != edit.after.status {
            let datasetID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT dataset_id FROM example WHERE id = ?"),
                                               arguments: [rowID])!
            try db.cachedStatement(sql: """
                UPDATE dataset SET \(edit.before.status.rawValue)_count = \(edit.before.status.rawValue)_count - 1,
                                   \(edit.after.status.rawValue)_count = \(edit.after.status.rawValue)_count + 1
                WHERE id = ?
                """).execute(arguments: [datasetID])
        }
    }

    /// Applies a logged review edit (an undo's inverse, a redo) after checking the example is as the edit
    /// expects: its review state, and for a text edit its text.
    static func performReview(_ edit: ReviewEdit, rowID: Int64?, db: Database) throws {
        guard let rowID else { throw EditStoreError.changedElsewhere("example \(edit.exampleID)") }
        guard try reviewState(db, rowID: rowID) == edit.before else { throw DatasetStoreError.changedElsewhere(edit.exampleID) }
        if let text = edit.text {
            let texts = try revisionTexts(db, id: text.revision)
            let (expected, replacement) = text.restoresBefore ? (texts.after, texts.before) : (texts.before, texts.after)
            guard try currentText(db, rowID: rowID) == expected else { throw DatasetStoreError.changedElsewhere(edit.exampleID) }
            try replaceText(db, rowID: rowID, with: replacement)
        }
        try writeState(edit, rowID: rowID, db: db)
    }
}
