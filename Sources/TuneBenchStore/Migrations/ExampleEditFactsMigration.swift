import GRDB

extension Migrations {
    /// What an edit needs to update its findings without validating the whole dataset again.
    ///
    /// `example_content_hash` finds the examples sharing a content hash (an exact-duplicate group) by index.
    /// `dataset.near_duplicates_stale` is set when an edit may have changed near-duplicate findings (they are
    /// found across the whole dataset, which an edit does not search) and cleared by the next validation.
    static let exampleEditFacts = Migration(name: "example-edit-facts") { db in
        try db.execute(sql: """
            CREATE INDEX example_content_hash ON example(dataset_id, content_hash);
            ALTER TABLE dataset ADD COLUMN near_duplicates_stale INTEGER NOT NULL DEFAULT 0;
            """)
    }
}
