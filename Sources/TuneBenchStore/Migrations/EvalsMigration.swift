import GRDB

extension Migrations {
    /// Eval runs, their cases, and human overrides of case verdicts.
    ///
    /// `eval_run` keeps counters (cases, passed, score sum) so lists never scan cases. Metrics and verdicts are JSON
    /// text: they are shown per case, never queried across cases. An override is its own row, so the imported verdict
    /// is never rewritten; one override per case at a time.
    static let evals = Migration(name: "evals") { db in
        try db.execute(sql: """
            CREATE TABLE eval_run (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                source TEXT NOT NULL,
                source_file TEXT,
                model TEXT,
                created_at REAL,
                imported_at REAL NOT NULL,
                rung TEXT CHECK (rung IN ('baseline', 'prompt', 'rag', 'retrieval', 'model', 'finetune')),
                case_count INTEGER NOT NULL,
                passed_count INTEGER NOT NULL,
                score_sum REAL NOT NULL,
                error_count INTEGER NOT NULL,
                cost_total REAL,
                latency_mean_ms REAL
            );
            CREATE INDEX eval_run_name ON eval_run(name);
            CREATE TABLE eval_case (
                run_id INTEGER NOT NULL REFERENCES eval_run(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                case_key TEXT NOT NULL,
                input TEXT NOT NULL,
                output TEXT NOT NULL,
                expected TEXT,
                pass INTEGER NOT NULL,
                score REAL NOT NULL,
                metrics TEXT NOT NULL,
                verdicts TEXT NOT NULL,
                latency_ms REAL,
                tokens_in INTEGER,
                tokens_out INTEGER,
                tokens_total INTEGER,
                cost REAL,
                error TEXT,
                PRIMARY KEY (run_id, ordinal),
                UNIQUE (run_id, case_key)
            ) WITHOUT ROWID;
            CREATE TABLE eval_override (
                run_id INTEGER NOT NULL REFERENCES eval_run(id) ON DELETE CASCADE,
                case_key TEXT NOT NULL,
                pass INTEGER NOT NULL,
                note TEXT NOT NULL,
                created_at REAL NOT NULL,
                PRIMARY KEY (run_id, case_key)
            ) WITHOUT ROWID;
            """)
    }
}
