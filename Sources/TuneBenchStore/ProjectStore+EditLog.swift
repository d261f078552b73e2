import Foundation
import GRDB
import TuneBenchCore

/// The edit log: every change a user makes, applied in one transaction with its log entry, and undone or redone
/// the same way. Each pane's undo walks its own scope; `tunebench undo` walks them all.
extension ProjectStore {
    /// Undoes the most recent change of `scope` (nil: of any scope) still in force: its inverse is applied in one
    /// transaction (a bulk change whole), after checking every record is as the change left it.
    /// - Throws: ``EditStoreError/nothingToUndo(_:)``, ``EditStoreError/changedElsewhere(_:)`` (nothing is then
    ///   changed).
    @discardableResult
    public func undo(scope: EditScope? = nil, now: Date = Date()) throws -> EditOutcome {
        let outcome = try pool.write { db in
            guard let leader = try Self.entry(db, where: "state = 'done'", scope: scope, order: "seq DESC") else {
                throw EditStoreError.nothingToUndo(scope)
            }
            return try Self.replay(leader, undo: true, now: now, db: db)
        }
        try afterChange(in: outcome.edit.scope, now: now)
        return outcome
    }

    /// Applies again the change of `scope` (nil: of any scope) undone most recently, if nothing in its scope
    /// changed since.
    /// - Throws: ``EditStoreError/nothingToRedo(_:)``, ``EditStoreError/changedElsewhere(_:)``.
    @discardableResult
    public func redo(scope: EditScope? = nil, now: Date = Date()) throws -> EditOutcome {
        let outcome = try pool.write { db in
            guard let leader = try Self.entry(db, where: "state = 'undone'", scope: scope, order: "undone_by DESC") else {
                throw EditStoreError.nothingToRedo(scope)
            }
            return try Self.replay(leader, undo: false, now: now, db: db)
        }
        try afterChange(in: outcome.edit.scope, now: now)
        return outcome
    }

    /// The changes made to the project, newest first (a bulk change is one entry), with whether each is in force.
    public func editHistory(scope: EditScope? = nil, limit: Int? = nil) throws -> [EditLogEntry] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT seq, at, kind, payload, state,
                       1 + (SELECT count(*) FROM edit_log m WHERE m.group_leader = e.seq AND m.action = 'apply') AS size
                FROM edit_log e WHERE action = 'apply' AND group_leader IS NULL AND (?1 IS NULL OR scope = ?1)
                ORDER BY seq DESC LIMIT ?2
                """, arguments: [scope?.rawValue, limit ?? -1])
            return try rows.map { row in
                EditLogEntry(sequence: row["seq"], at: Date(timeIntervalSince1970: row["at"]),
                             edit: try Edit(kind: row["kind"], payload: row["payload"]),
                             state: EditState(rawValue: row["state"]) ?? .discarded, count: row["size"])
            }
        }
    }

    /// What undo and redo would do now in `scope` (nil: across every scope).
    public func undoAvailability(scope: EditScope? = nil) throws -> UndoAvailability {
        try pool.read { db in try Self.availability(db, scope: scope) }
    }

    /// ``undoAvailability(scope:)`` of every scope, for the panes' key help.
    public func undoAvailabilities() throws -> [EditScope: UndoAvailability] {
        try pool.read { db in
            var result: [EditScope: UndoAvailability] = [:]
            for scope in EditScope.allCases { result[scope] = try Self.availability(db, scope: scope) }
            return result
        }
    }

    /// Empties the log, so the project starts with no history (an example project just built from its sources:
    /// its setup is not the user's to undo).
    public func forgetEditHistory() throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM edit_log") }
    }

    // MARK: - Inside a write

    /// The records an edit log entry points at, kept in their own columns so deleting them deletes the entry
    /// (and so a review entry finds its example without the key, which is unique only within a dataset).
    struct EditReferences {
        var exampleRowID: Int64?
        var runID: Int64?
        var revision: Int64?
    }

    /// Appends an `apply` entry for a change just made; a change of several records passes the first entry's
    /// `seq` as `leader` for the rest. A new change clears the redo stack of its scope.
    @discardableResult
    static func logApply(_ edit: Edit, references: EditReferences, leader: Int64? = nil, now: Date,
                         db: Database) throws -> Int64 {
        if leader == nil {
            try db.cachedStatement(sql: """
                UPDATE edit_log SET state = 'discarded', undone_by = NULL
                WHERE action = 'apply' AND group_leader IS NULL AND scope = ? AND state = 'undone'
                """).execute(arguments: [edit.scope.rawValue])
        }
        return try insert(edit, action: .apply, target: nil, leader: leader, state: leader == nil ? .done : nil,
                          references: references, now: now, db: db)
    }

    /// The outcome of a change just logged with ``logApply``.
    static func applied(_ edit: Edit, sequence: Int64, count: Int = 1, recordID: Int64? = nil,
                        db: Database) throws -> EditOutcome {
        EditOutcome(action: .apply, edit: edit, count: count, sequence: sequence,
                    availability: try availability(db, scope: edit.scope), recordID: recordID)
    }

    private static func insert(_ edit: Edit, action: EditAction, target: Int64?, leader: Int64?, state: EditState?,
                               references: EditReferences, now: Date, db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO edit_log (at, scope, kind, action, target, group_leader, state, example_id, run_id, revision, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [now.timeIntervalSince1970, edit.scope.rawValue, edit.kind, action.rawValue, target,
                                     leader, state?.rawValue, references.exampleRowID, references.runID,
                                     references.revision, try edit.payload()])
        return db.lastInsertedRowID
    }

    /// One leading `apply` entry of the log matching `condition`, in `order`.
    private static func entry(_ db: Database, where condition: String, scope: EditScope?, order: String) throws -> Row? {
        try Row.fetchOne(db, sql: """
            SELECT * FROM edit_log WHERE action = 'apply' AND group_leader IS NULL AND \(condition)
            AND (?1 IS NULL OR scope = ?1) ORDER BY \(order) LIMIT 1
            """, arguments: [scope?.rawValue])
    }

    /// Applies the inverses (undo) or the edits again (redo) of a logged change and its group, logs them, and
    /// moves the change between the stacks. Any record not as expected throws, rolling the whole step back.
    private static func replay(_ leader: Row, undo: Bool, now: Date, db: Database) throws -> EditOutcome {
        let leaderSeq: Int64 = leader["seq"]
        let members = try Row.fetchAll(db, sql: "SELECT * FROM edit_log WHERE group_leader = ? AND action = 'apply' ORDER BY seq",
                                       arguments: [leaderSeq])
        var first: (edit: Edit, sequence: Int64)?
        for row in [leader] + members {
            let logged = try Edit(kind: row["kind"], payload: row["payload"])
            let edit = undo ? logged.inverse : logged
            let references = EditReferences(exampleRowID: row["example_id"], runID: row["run_id"], revision: row["revision"])
            try perform(edit, references: references, now: now, db: db)
            let sequence = try insert(edit, action: undo ? .undo : .redo, target: row["seq"], leader: first?.sequence,
                                      state: nil, references: references, now: now, db: db)
            if first == nil { first = (edit, sequence) }
        }
        let done = first!
        try db.execute(sql: "UPDATE edit_log SET state = ?, undone_by = ? WHERE seq = ?",
                       arguments: [undo ? "undone" : "done", undo ? done.sequence : nil, leaderSeq])
        let scope = done.edit.scope
        return EditOutcome(action: undo ? .undo : .redo, edit: done.edit, count: 1 + members.count,
                           sequence: done.sequence, availability: try availability(db, scope: scope),
                           recordID: (leader["example_id"] as Int64?) ?? leader["run_id"])
    }

    /// Checks that the data is as `edit` expects before it and writes what it leaves.
    static func perform(_ edit: Edit, references: EditReferences, now: Date, db: Database) throws {
        switch edit {
        case .review(let review): try performReview(review, rowID: references.exampleRowID, db: db)
        case .evalOverride(let change): try performOverride(change, db: db)
        case .decisionAnswers(let change): try performAnswers(change, now: now, db: db)
        case .assumption(let change): try performAssumption(change, db: db)
        case .setting(let change): try performSetting(change, db: db)
        case .runner(let change): try performRunner(change, db: db)
        case .tunePlan(let change): try performTunePlan(change, db: db)
        case .runTune(let change): try performRunTune(change, db: db)
        }
    }

    private static func availability(_ db: Database, scope: EditScope?) throws -> UndoAvailability {
        func describe(_ row: Row?) throws -> String? {
            guard let row else { return nil }
            let size = try Int.fetchOne(db, sql: "SELECT count(*) FROM edit_log WHERE group_leader = ? AND action = 'apply'",
                                        arguments: [row["seq"] as Int64]) ?? 0
            return try Edit(kind: row["kind"], payload: row["payload"]).summary(count: 1 + size)
        }
        return UndoAvailability(nextUndo: try describe(entry(db, where: "state = 'done'", scope: scope, order: "seq DESC")),
                                nextRedo: try describe(entry(db, where: "state = 'undone'", scope: scope, order: "undone_by DESC")))
    }

    /// Derived facts that follow a change outside its transaction (the decision's marks and history).
    func afterChange(in scope: EditScope, now: Date) throws {
        if scope == .decision { try refreshDecisionRecord(now: now) }
    }
}
