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
                       coalesce(sum(rejected_count), 0), coalesce(sum(flagged_count), 0) FROM dataset
                """)!
            return ReviewCounts(pending: row[0], accepted: row[1], rejected: row[2], flagged: row[3])
        }
    }

    /// The review state of one example.
    public func reviewState(of exampleID: String, dataset: String? = nil) throws -> ReviewState {
        try pool.read { db in try Self.reviewState(db, rowID: try Self.exampleRowID(db, key: exampleID, dataset: dataset)) }
    }

    /// Changes an example's review state and appends the edit (with its inverse) to the review log, in one
    /// transaction. With `expecting`, refuses when the current state differs (it was changed elsewhere).
    @discardableResult
    public func applyReview(exampleID: String, dataset: String? = nil, change: ReviewChange,
                            expecting: ReviewState? = nil, now: Date = Date()) throws -> ReviewEdit {
        try pool.write { db in
            let rowID = try Self.exampleRowID(db, key: exampleID, dataset: dataset)
            let before = try Self.reviewState(db, rowID: rowID)
            if let expecting, expecting != before { throw DatasetStoreError.changedElsewhere(exampleID) }
            let edit = ReviewEdit(exampleID: exampleID, before: before, after: change.applied(to: before, at: now))
            try Self.write(edit, rowID: rowID, action: .apply, target: nil, now: now, db: db)
            return edit
        }
    }

    /// Undoes the most recent review change not yet undone (across restarts: the stacks come from the log).
    /// - Throws: `nothingToUndo`, or `changedElsewhere` when the example no longer is as that change left it.
    @discardableResult
    public func undoReview(now: Date = Date()) throws -> ReviewEdit {
        try pool.write { db in
            let history = try Self.history(db)
            guard let target = history.undoStack.last else { throw DatasetStoreError.nothingToUndo }
            let (rowID, edit) = try Self.logEntry(db, sequence: target)
            guard try Self.reviewState(db, rowID: rowID) == edit.after else {
                throw DatasetStoreError.changedElsewhere(edit.exampleID)
            }
            try Self.write(edit.inverse, rowID: rowID, action: .undo, target: target, now: now, db: db)
            return edit.inverse
        }
    }

    /// Applies again the most recently undone change.
    @discardableResult
    public func redoReview(now: Date = Date()) throws -> ReviewEdit {
        try pool.write { db in
            let history = try Self.history(db)
            guard let target = history.redoStack.last else { throw DatasetStoreError.nothingToRedo }
            let (rowID, edit) = try Self.logEntry(db, sequence: target)
            guard try Self.reviewState(db, rowID: rowID) == edit.before else {
                throw DatasetStoreError.changedElsewhere(edit.exampleID)
            }
            try Self.write(edit, rowID: rowID, action: .redo, target: target, now: now, db: db)
            return edit
        }
    }

    /// The whole review log, oldest first.
    public func reviewLog() throws -> [ReviewLogEntry] {
        try pool.read { db in try Self.logEntries(db) }
    }

    // MARK: - Rows

    static let statusCodes: [ReviewStatus] = [.pending, .accepted, .rejected, .flagged]

    static func exampleRowID(_ db: Database, key: String, dataset: String?) throws -> Int64 {
        guard let value = ExampleKey.value(key) else { throw DatasetStoreError.noSuchExample(key) }
        // Datasets first (CROSS JOIN keeps that order), so each is one lookup in the (dataset_id, key) index:
        // the other way round SQLite scans every example's key (120 ms at a million, on every review key).
        let rows = try Row.fetchAll(db, sql: """
            SELECT example.id, dataset.name FROM dataset CROSS JOIN example ON example.dataset_id = dataset.id
            WHERE example.key = ? AND (? IS NULL OR dataset.name = ?)
            """, arguments: [value, dataset, dataset])
        guard let first = rows.first else { throw DatasetStoreError.noSuchExample(key) }
        guard rows.count == 1 else { throw DatasetStoreError.ambiguousExample(key, rows.map { $0[1] }) }
        return first[0]
    }

    static func reviewState(_ db: Database, rowID: Int64) throws -> ReviewState {
        guard let row = try Row.fetchOne(db, sql: "SELECT status, tags, note, reviewed_at FROM example WHERE id = ?",
                                         arguments: [rowID]) else { throw DatasetStoreError.noSuchExample("#\(rowID)") }
        let tagsText: String = row["tags"]
        let tags = tagsText.isEmpty ? [] : (try? JSONDecoder().decode([String].self, from: Data(tagsText.utf8))) ?? []
        let reviewedAt: Double? = row["reviewed_at"]
        return ReviewState(status: statusCodes[row["status"] as Int], tags: tags, note: row["note"],
                           reviewedAt: reviewedAt.map(Date.init(timeIntervalSince1970:)))
    }

    private static func write(_ edit: ReviewEdit, rowID: Int64, action: ReviewLogAction, target: Int64?, now: Date,
                              db: Database) throws {
        let state = edit.after
        let tags = state.tags.isEmpty ? "" : String(decoding: try JSONEncoder().encode(state.tags), as: UTF8.self)
        try db.execute(sql: "UPDATE example SET status = ?, tags = ?, note = ?, reviewed_at = ? WHERE id = ?",
                       arguments: [statusCodes.firstIndex(of: state.status)!, tags, state.note,
                                   state.reviewedAt?.timeIntervalSince1970, rowID])
        if edit.before.status != edit.after.status {
            let datasetID = try Int64.fetchOne(db, sql: "SELECT dataset_id FROM example WHERE id = ?", arguments: [rowID])!
            try db.execute(sql: """
                UPDATE dataset SET \(edit.before.status.rawValue)_count = \(edit.before.status.rawValue)_count - 1,
                                   \(edit.after.status.rawValue)_count = \(edit.after.status.rawValue)_count + 1
                WHERE id = ?
                """, arguments: [datasetID])
        }
        try db.execute(sql: "INSERT INTO review_log (example_id, action, target, before, after, at) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [rowID, action.rawValue, target, try encode(edit.before), try encode(edit.after),
                                   now.timeIntervalSince1970])
    }

    private static func encode(_ state: ReviewState) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(state), as: UTF8.self)
    }

    private static func decode(_ text: String) throws -> ReviewState {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(ReviewState.self, from: Data(text.utf8))
    }

    private static func history(_ db: Database) throws -> UndoHistory {
        UndoHistory(replaying: try logEntries(db))
    }

    private static func logEntries(_ db: Database) throws -> [ReviewLogEntry] {
        try Row.fetchAll(db, sql: """
            SELECT review_log.*, example.key FROM review_log JOIN example ON example.id = review_log.example_id ORDER BY seq
            """).map { row in
            ReviewLogEntry(
                sequence: row["seq"], action: ReviewLogAction(rawValue: row["action"]) ?? .apply,
                edit: ReviewEdit(exampleID: ExampleKey.string(row["key"]), before: try decode(row["before"]),
                                 after: try decode(row["after"])),
                target: row["target"])
        }
    }

    private static func logEntry(_ db: Database, sequence: Int64) throws -> (Int64, ReviewEdit) {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT review_log.*, example.key FROM review_log JOIN example ON example.id = review_log.example_id WHERE seq = ?
            """, arguments: [sequence]) else { throw DatasetStoreError.nothingToUndo }
        return (row["example_id"], ReviewEdit(exampleID: ExampleKey.string(row["key"]), before: try decode(row["before"]),
                                              after: try decode(row["after"])))
    }
}
