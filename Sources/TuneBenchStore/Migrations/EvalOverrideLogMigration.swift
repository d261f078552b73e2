import GRDB

extension Migrations {
    /// The log of override changes, so the Evals pane's undo survives restarts: each row holds the override a change
    /// replaced and the one it put (NULL pass: none), and whether it was undone.
    static let evalOverrideLog = Migration(name: "eval-override-log") { db in
        try db.execute(sql: """
            CREATE TABLE eval_override_edit (
                id INTEGER PRIMARY KEY,
                run_id INTEGER NOT NULL REFERENCES eval_run(id) ON DELETE CASCADE,
                case_key TEXT NOT NULL,
                before_pass INTEGER,
                before_note TEXT,
                before_created REAL,
                after_pass INTEGER,
                after_note TEXT,
                after_created REAL,
                undone INTEGER NOT NULL DEFAULT 0
            );
            """)
    }
}
