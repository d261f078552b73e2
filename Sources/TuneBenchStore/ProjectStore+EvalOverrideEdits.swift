import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// Puts `override` on its case (nil removes it, so the imported verdict decides again) and logs the change
    /// in the same transaction; `undo(scope: .evals)` puts the previous override back, in this session or a later one.
    /// - Returns: the logged change, or nil when the case already had exactly this override.
    @discardableResult
    public func setEvalOverride(runID: Int64, caseKey: String, to override: EvalOverride?, now: Date = Date()) throws -> EditOutcome? {
        try pool.write { db in
            let before = try Self.replaceOverride(db, runID: runID, caseKey: caseKey, with: override)
            guard before != override else { return nil }
            let edit = Edit.evalOverride(EvalOverrideEdit(runID: runID, caseKey: caseKey, before: before?.verdict,
                                                          after: override?.verdict))
            let sequence = try Self.logApply(edit, references: EditReferences(runID: runID), now: now, db: db)
            return try Self.applied(edit, sequence: sequence, recordID: runID, db: db)
        }
    }

    /// Applies a logged override change after checking the case's override is the one it expects.
    static func performOverride(_ change: EvalOverrideEdit, db: Database) throws {
        guard try currentOverride(db, runID: change.runID, caseKey: change.caseKey)?.verdict == change.before else {
            throw EvalStoreError.overrideChangedElsewhere(key: change.caseKey)
        }
        let after = change.after.map {
            EvalOverride(runID: change.runID, caseKey: change.caseKey, pass: $0.pass, note: $0.note, created: $0.created)
        }
        try replaceOverride(db, runID: change.runID, caseKey: change.caseKey, with: after)
    }
}

extension EvalOverride {
    /// The verdict part, as an edit stores it.
    var verdict: OverrideVerdict { OverrideVerdict(pass: pass, note: note, created: created) }
}
