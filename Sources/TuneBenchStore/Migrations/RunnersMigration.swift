import GRDB

extension Migrations {
    /// Runners (named commands that produce eval results) and where each run came from: the runner and its
    /// sequence number, and the content hash of the results file (a watched directory never imports the same
    /// bytes twice).
    static let runners = Migration(name: "runners") { db in
        try db.execute(sql: """
            CREATE TABLE eval_runner (
                name TEXT PRIMARY KEY,
                command TEXT NOT NULL,
                rung TEXT,
                model TEXT,
                cwd TEXT,
                timeout_seconds REAL
            );
            ALTER TABLE eval_run ADD COLUMN runner TEXT;
            ALTER TABLE eval_run ADD COLUMN runner_sequence INTEGER;
            ALTER TABLE eval_run ADD COLUMN content_hash TEXT;
            CREATE INDEX eval_run_by_runner ON eval_run(runner, id);
            CREATE INDEX eval_run_by_content_hash ON eval_run(content_hash);
            """)
    }
}
