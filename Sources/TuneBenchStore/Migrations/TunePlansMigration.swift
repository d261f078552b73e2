import GRDB

extension Migrations {
    /// Recorded tune plans (the plan as JSON beside the columns lists sort and filter on) and the link from an
    /// eval run to the tune its model was trained by; a link goes with its run.
    static let tunePlans = Migration(name: "tune-plans") { db in
        try db.execute(sql: """
            CREATE TABLE tune_plan (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at REAL NOT NULL,
                tool TEXT NOT NULL,
                dataset TEXT,
                record TEXT NOT NULL
            );
            CREATE TABLE run_tune (
                run_id INTEGER PRIMARY KEY REFERENCES eval_run(id) ON DELETE CASCADE,
                tune_id INTEGER NOT NULL REFERENCES tune_plan(id)
            );
            CREATE INDEX run_tune_tune ON run_tune(tune_id);
            """)
    }
}
