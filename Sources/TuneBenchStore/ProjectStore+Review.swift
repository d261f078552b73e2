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

    /// Undoes the most recent review change not yet undone (across restarts: the stacks come from the log). A
    /// bulk change is undone whole; an edit's text goes back with its review state.
    /// - Throws: `nothingToUndo`, or `changedElsewhere` when an example no longer is as that change left it.
    @discardableResult
    public func undoReview(now: Date = Date()) throws -> ReviewEdit {
        try pool.write { db in
            guard let target = try Self.history(db).undoStack.last else { throw DatasetStoreError.nothingToUndo }
            return try Self.replay(try Self.logGroup(db, leader: target), undo: true, now: now, db: db)
        }
    }

    /// Applies again the most recently undone change.
    @discardableResult
    public func redoReview(now: Date = Date()) throws -> ReviewEdit {
        try pool.write { db in
            guard let target = try Self.history(db).redoStack.last else { throw DatasetStoreError.nothingToRedo }
            return try Self.replay(try Self.logGroup(db, leader: target), undo: false, now: now, db: db)
        }
    }

    /// Writes the inverses (undo) or the edits again (redo) of a logged change, after checking that every
    /// example it touched is still as the change (or its undo) left it. Returns the first example's edit, counting all.
    private static func replay(_ group: [LoggedEdit], undo: Bool, now: Date, db: Database) throws -> ReviewEdit {
        for entry in group {
            let expected = undo ? entry.edit.after : entry.edit.before
            guard try reviewState(db, rowID: entry.rowID) == expected else {
                throw DatasetStoreError.changedElsewhere(entry.edit.exampleID)
            }
            if let revision = entry.revision {
                let texts = try revisionTexts(db, id: revision)
                guard try currentText(db, rowID: entry.rowID) == (undo ? texts.after : texts.before) else {
                    throw DatasetStoreError.changedElsewhere(entry.edit.exampleID)
                }
            }
        }
        var leader: Int64?
        for entry in group {
            let edit = undo ? entry.edit.inverse : entry.edit
            if let revision = entry.revision {
                let texts = try revisionTexts(db, id: revision)
                try replaceText(db, rowID: entry.rowID, with: undo ? texts.before : texts.after)
            }
            let sequence = try write(edit, rowID: entry.rowID, action: undo ? .undo : .redo, target: entry.sequence,
                                     revision: entry.revision, batch: leader, now: now, db: db)
            if leader == nil { leader = sequence }
        }
        var first = undo ? group[0].edit.inverse : group[0].edit
        first.count = group.count
        return first
    }

    /// The whole review log, oldest first.
    public func reviewLog() throws -> [ReviewLogEntry] {
        try pool.read { db in try Self.logEntries(db) }
    }

    // MARK: - Rows

    static let statusCodes: [ReviewStatus] = [.pending, .accepted, .rejected, .flagged]

    static func exampleRowID(_ db: Database, key: String, dataset: String?) throws -> Int64 {
        guard let value = ExampleKey.value(key) else { throw DatasetStoreError.noSuchExample(key) }
        // Datasets first (CROSS JOIN keeps the order): one `(dataset_id, key)` index lookup per dataset, where
        // SQLite's own choice scanned every example's key (30 ms a lookup at a million examples).
        let rows = try Row.fetchAll(db, sql: """
            SELECT example.id, dataset.name FROM dataset CROSS JOIN example ON example.dataset_id = dataset.id
            WHERE example.key = ? AND (? IS NULL OR dataset.name = ?)
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

    /// Stores an edit's review state and appends it to the log; returns the log entry's sequence number.
    @discardableResult
    static func write(_ edit: ReviewEdit, rowID: Int64, action: ReviewLogAction, target: Int64?, revision: Int64? = nil,
                      batch: Int64? = nil, now: Date, db: Database) throws -> Int64 {
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
        try db.cachedStatement(sql: """
            INSERT INTO review_log (example_id, action, target, before, after, at, revision, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [rowID, action.rawValue, target, try encode(edit.before), try encode(edit.after),
                                     now.timeIntervalSince1970, revision, batch])
        return db.lastInsertedRowID
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

    /// The stacks, replayed from the columns they depend on (the later entries of bulk changes are skipped in
    /// SQL: a bulk change of 100,000 examples stays one row to replay).
    private static func history(_ db: Database) throws -> UndoHistory {
        var history = UndoHistory()
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, action, target, batch FROM review_log WHERE batch IS NULL ORDER BY seq")
        while let row = try rows.next() {
            history.record(sequence: row[0], action: ReviewLogAction(rawValue: row[1]) ?? .apply, target: row[2], batch: row[3])
        }
        return history
    }

    private static func logEntries(_ db: Database) throws -> [ReviewLogEntry] {
        try Row.fetchAll(db, sql: """
            SELECT review_log.*, example.key FROM review_log JOIN example ON example.id = review_log.example_id ORDER BY seq
            """).map { row in
            ReviewLogEntry(sequence: row["seq"], action: ReviewLogAction(rawValue: row["action"]) ?? .apply,
                           edit: try loggedEdit(row).edit, target: row["target"], batch: row["batch"])
        }
    }

    /// One logged change as stored: its sequence number, the example's rowid, the edit, and the revision of its
    /// text (for an edit made in `$EDITOR`).
    struct LoggedEdit {
        var sequence: Int64
        var rowID: Int64
        var edit: ReviewEdit
        var revision: Int64?
    }

    private static func loggedEdit(_ row: Row) throws -> LoggedEdit {
        let revision: Int64? = row["revision"]
        return LoggedEdit(sequence: row["seq"], rowID: row["example_id"],
                          edit: ReviewEdit(exampleID: ExampleKey.string(row["key"]), before: try decode(row["before"]),
                                           after: try decode(row["after"]), editedText: revision != nil),
                          revision: revision)
    }

    /// The `apply` entry `leader` and the later entries of its bulk change, in order.
    private static func logGroup(_ db: Database, leader: Int64) throws -> [LoggedEdit] {
        let group = try Row.fetchAll(db, sql: """
            SELECT review_log.*, example.key FROM review_log JOIN example ON example.id = review_log.example_id
            WHERE seq = ? OR (batch = ? AND action = 'apply') ORDER BY seq
            """, arguments: [leader, leader]).map(loggedEdit)
        guard !group.isEmpty else { throw DatasetStoreError.nothingToUndo }
        return group
    }
}
