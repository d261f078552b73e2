import GRDB

extension Migrations {
    /// Text edits and bulk changes in the review log.
    ///
    /// `example_revision` keeps both texts of every edit made in `$EDITOR` (the text before, the text after), so
    /// `example_text` holds the current text while the imported bytes stay recoverable, and an edit can be
    /// undone exactly. A review log entry that edited the text names its revision. `batch` marks the later
    /// entries of a bulk change with the first entry's `seq`: the change is then one step of undo.
    static let reviewEdits = Migration(name: "review-edits") { db in
        try db.execute(sql: """
            CREATE TABLE example_revision (
                id INTEGER PRIMARY KEY,
                example_id INTEGER NOT NULL REFERENCES example(id) ON DELETE CASCADE,
                before TEXT NOT NULL,
                after TEXT NOT NULL,
                at REAL NOT NULL
            );
            CREATE INDEX example_revision_example ON example_revision(example_id);
            ALTER TABLE review_log ADD COLUMN revision INTEGER REFERENCES example_revision(id);
            ALTER TABLE review_log ADD COLUMN batch INTEGER;
            CREATE INDEX review_log_batch ON review_log(batch) WHERE batch IS NOT NULL;
            """)
    }
}
