import Foundation
import GRDB
import TuneBenchCore

extension Migrations {
    /// One edit log for every change a user makes (docs/DECISIONS.md, "one edit log").
    ///
    /// Every `apply` entry carries its `state` (done, undone, discarded), so the undo and redo of a scope are
    /// one indexed lookup each instead of a replay of the log. `group_leader` marks the later entries of a bulk
    /// change with the first entry's `seq`; `undone_by` orders the redo stack. The rows of the two logs before
    /// it move here: `review_log` (keeping its sequence numbers, targets and groups) and `eval_override_edit`
    /// (after them, in their order: that log kept no time of change, and could only undo, so its undone
    /// changes arrive as discarded). Nothing a user did is lost.
    static let editLog = Migration(name: "edit-log") { db in
        try db.execute(sql: """
            CREATE TABLE edit_log (
                seq INTEGER PRIMARY KEY,
                at REAL NOT NULL,
                scope TEXT NOT NULL,
                kind TEXT NOT NULL,
                action TEXT NOT NULL,
                target INTEGER,
                group_leader INTEGER,
                state TEXT,
                undone_by INTEGER,
                example_id INTEGER REFERENCES example(id) ON DELETE CASCADE,
                run_id INTEGER REFERENCES eval_run(id) ON DELETE CASCADE,
                revision INTEGER REFERENCES example_revision(id),
                payload TEXT NOT NULL
            );
            CREATE INDEX edit_log_stack ON edit_log(scope, state, seq) WHERE action = 'apply' AND group_leader IS NULL;
            CREATE INDEX edit_log_group ON edit_log(group_leader) WHERE group_leader IS NOT NULL;
            CREATE INDEX edit_log_example ON edit_log(example_id) WHERE example_id IS NOT NULL;
            CREATE INDEX edit_log_run ON edit_log(run_id) WHERE run_id IS NOT NULL;

            INSERT INTO edit_log (seq, at, scope, kind, action, target, group_leader, example_id, revision, payload)
            SELECT r.seq, r.at, 'dataset', 'review', r.action, r.target, r.batch, r.example_id, r.revision,
                   json_object('exampleID', printf('%016x', e.key), 'before', json(r.before), 'after', json(r.after),
                               'count', 1,
                               'text', CASE WHEN r.revision IS NULL THEN NULL
                                            ELSE json_object('revision', r.revision,
                                                             'restoresBefore', json(CASE WHEN r.action = 'undo' THEN 'true' ELSE 'false' END))
                                       END)
            FROM review_log r JOIN example e ON e.id = r.example_id ORDER BY r.seq;
            """)
        try carryOverReviewStacks(db)
        try carryOverOverrideLog(db)
        try db.execute(sql: "DROP TABLE review_log; DROP TABLE eval_override_edit")
    }

    /// Sets each carried-over review change's state from the undo and redo stacks its log implied.
    private static func carryOverReviewStacks(_ db: Database) throws {
        var undo: [Int64] = [], redo: [Int64] = [], undoneBy: [Int64: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, action, target FROM review_log WHERE batch IS NULL ORDER BY seq")
        while let row = try rows.next() {
            let seq: Int64 = row[0], target: Int64? = row[2]
            switch EditAction(rawValue: row[1]) ?? .apply {
            case .apply:
                undo.append(seq)
                redo.removeAll()
            case .undo:
                if let target, let index = undo.lastIndex(of: target) {
                    undo.remove(at: index)
                    redo.append(target)
                    undoneBy[target] = seq
                }
            case .redo:
                if let target, let index = redo.lastIndex(of: target) {
                    redo.remove(at: index)
                    undo.append(target)
                }
            }
        }
        try db.execute(sql: "UPDATE edit_log SET state = 'discarded' WHERE action = 'apply' AND group_leader IS NULL")
        for seq in undo { try db.execute(sql: "UPDATE edit_log SET state = 'done' WHERE seq = ?", arguments: [seq]) }
        for seq in redo {
            try db.execute(sql: "UPDATE edit_log SET state = 'undone', undone_by = ? WHERE seq = ?",
                           arguments: [undoneBy[seq], seq])
        }
    }

    /// Appends the override changes of the old log after the review entries, in their order.
    private static func carryOverOverrideLog(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM eval_override_edit ORDER BY id")
        for row in rows {
            func verdict(_ prefix: String) -> OverrideVerdict? {
                (row["\(prefix)_pass"] as Bool?).map {
                    OverrideVerdict(pass: $0, note: row["\(prefix)_note"] ?? "",
                                    created: Date(timeIntervalSince1970: row["\(prefix)_created"] ?? 0))
                }
            }
            let runID: Int64 = row["run_id"]
            let edit = Edit.evalOverride(EvalOverrideEdit(runID: runID, caseKey: row["case_key"],
                                                          before: verdict("before"), after: verdict("after")))
            let at = (verdict("after") ?? verdict("before"))?.created.timeIntervalSince1970 ?? 0
            try db.execute(sql: """
                INSERT INTO edit_log (at, scope, kind, action, state, run_id, payload) VALUES (?, ?, ?, 'apply', ?, ?, ?)
                """, arguments: [at, edit.scope.rawValue, edit.kind, (row["undone"] as Bool) ? "discarded" : "done",
                                 runID, try edit.payload()])
        }
    }
}
