import Foundation
import GRDB
import TuneBenchCore

/// An override change: the override a case had before (nil: none) and the one it has after.
public struct EvalOverrideEdit: Sendable, Equatable {
    public var runID: Int64
    public var caseKey: String
    public var before: EvalOverride?
    public var after: EvalOverride?
}

extension ProjectStore {
    /// Puts `override` on its case (nil removes it) and logs the change in the same transaction, so
    /// ``undoEvalOverride()`` can put the previous one back, in this session or a later one.
    @discardableResult
    public func setEvalOverride(runID: Int64, caseKey: String, to override: EvalOverride?) throws -> EvalOverrideEdit {
        try pool.write { db in
            let before = try Self.replaceOverride(db, runID: runID, caseKey: caseKey, with: override)
            let after = try Self.currentOverride(db, runID: runID, caseKey: caseKey)
            try db.execute(sql: """
                INSERT INTO eval_override_edit (run_id, case_key, before_pass, before_note, before_created,
                    after_pass, after_note, after_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [runID, caseKey, before?.pass, before?.note, before?.created.timeIntervalSince1970,
                                 after?.pass, after?.note, after?.created.timeIntervalSince1970])
            return EvalOverrideEdit(runID: runID, caseKey: caseKey, before: before, after: after)
        }
    }

    /// Undoes the latest override change not yet undone: puts back the override it replaced. Refuses when the
    /// case's override is no longer the one the change put there.
    /// - Returns: the undoing change (its `after` is what the case has now).
    @discardableResult
    public func undoEvalOverride() throws -> EvalOverrideEdit {
        try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM eval_override_edit WHERE undone = 0 ORDER BY id DESC LIMIT 1") else {
                throw EvalStoreError.nothingToUndo
            }
            let runID: Int64 = row["run_id"], caseKey: String = row["case_key"]
            func override(_ prefix: String) -> EvalOverride? {
                (row["\(prefix)_pass"] as Bool?).map { pass in
                    EvalOverride(runID: runID, caseKey: caseKey, pass: pass, note: row["\(prefix)_note"],
                                 created: Date(timeIntervalSince1970: row["\(prefix)_created"]))
                }
            }
            let before = override("before"), after = override("after")
            guard try Self.currentOverride(db, runID: runID, caseKey: caseKey) == after else {
                throw EvalStoreError.overrideChangedElsewhere(key: caseKey)
            }
            _ = try Self.replaceOverride(db, runID: runID, caseKey: caseKey, with: before)
            try db.execute(sql: "UPDATE eval_override_edit SET undone = 1 WHERE id = ?", arguments: [row["id"] as Int64])
            return EvalOverrideEdit(runID: runID, caseKey: caseKey, before: after, after: before)
        }
    }
}
