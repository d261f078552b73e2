import GRDB

extension Migrations {
    /// Datasets, their imports and problems, examples (original bytes once, plus the small facts every screen
    /// needs), review state on each example, and the append-only review log.
    ///
    /// `example_text.original` holds the record's exact bytes as UTF-8 text (same `id` as its `example` row);
    /// normalised messages are derived from it on demand and never stored, so the text is stored once. Keeping
    /// the text out of `example` lets validation, statistics and lists scan only the small facts. A full-text
    /// index can later be built over `example_text` (rowid `id`) as an FTS5 table without changing these tables.
    static let datasets = Migration(name: "datasets") { db in
        try db.execute(sql: """
            CREATE TABLE dataset (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                format TEXT NOT NULL,
                column_mapping TEXT,
                token_counter TEXT NOT NULL,
                tokens_exact INTEGER NOT NULL,
                checked_json_output INTEGER NOT NULL DEFAULT 0,
                example_count INTEGER NOT NULL DEFAULT 0,
                problem_count INTEGER NOT NULL DEFAULT 0,
                not_object_count INTEGER NOT NULL DEFAULT 0,
                pending_count INTEGER NOT NULL DEFAULT 0,
                accepted_count INTEGER NOT NULL DEFAULT 0,
                rejected_count INTEGER NOT NULL DEFAULT 0,
                flagged_count INTEGER NOT NULL DEFAULT 0,
                created_at REAL NOT NULL
            );
            CREATE TABLE dataset_import (
                id INTEGER PRIMARY KEY,
                dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                file_name TEXT NOT NULL,
                file_size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                format TEXT NOT NULL,
                started_at REAL NOT NULL,
                finished_at REAL NOT NULL,
                imported INTEGER NOT NULL,
                problems INTEGER NOT NULL
            );
            CREATE INDEX dataset_import_dataset ON dataset_import(dataset_id);
            CREATE TABLE import_problem (
                dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                line INTEGER NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX import_problem_dataset ON import_problem(dataset_id, line);
            CREATE TABLE example (
                id INTEGER PRIMARY KEY,
                dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                key INTEGER NOT NULL,
                line INTEGER NOT NULL,
                message_count INTEGER NOT NULL,
                total_tokens INTEGER NOT NULL,
                assistant_tokens INTEGER NOT NULL,
                content_hash INTEGER NOT NULL,
                sketch BLOB NOT NULL,
                checks TEXT,
                status INTEGER NOT NULL DEFAULT 0,
                tags TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                reviewed_at REAL
            );
            CREATE UNIQUE INDEX example_key ON example(dataset_id, key);
            CREATE TABLE example_text (
                id INTEGER PRIMARY KEY,
                original TEXT NOT NULL
            );
            CREATE TABLE review_log (
                seq INTEGER PRIMARY KEY,
                example_id INTEGER NOT NULL REFERENCES example(id) ON DELETE CASCADE,
                action TEXT NOT NULL,
                target INTEGER,
                before TEXT NOT NULL,
                after TEXT NOT NULL,
                at REAL NOT NULL
            );
            CREATE INDEX review_log_example ON review_log(example_id);
            """)
    }
}
