import GRDB

extension Migrations {
    /// Examples by stable id and by content hash in two tables of their own, filled once at the end of an import
    /// in key order, instead of two indexes on `example` that every import batch updated.
    ///
    /// Both keys are hashes, so each batch's 4,096 rows landed on nearly every leaf page of both indexes and each
    /// commit rewrote them: a million-line import wrote 22 GB for a 2.3 GB file and took 60 s, against 5 GB and
    /// 32 s without the two indexes (BENCHMARKS.md). Filled in key order, each table only grows at its end.
    /// `example_dataset` keeps the examples of one dataset findable by index; its entries (dataset, rowid) come in
    /// order anyway. The code that changes examples keeps the tables right (no triggers: project files with
    /// triggers are refused, DECISIONS.md): removing an interrupted import removes its rows from both, an edit
    /// that changes the content hash moves its entry. The stable id never changes after the import that gives it.
    static let exampleIndexTables = Migration(name: "example-index-tables") { db in
        try db.execute(sql: """
            CREATE TABLE example_by_key (
                dataset_id INTEGER NOT NULL,
                key INTEGER NOT NULL,
                id INTEGER NOT NULL,
                PRIMARY KEY (dataset_id, key)
            ) WITHOUT ROWID;
            CREATE TABLE example_by_hash (
                dataset_id INTEGER NOT NULL,
                content_hash INTEGER NOT NULL,
                id INTEGER NOT NULL,
                PRIMARY KEY (dataset_id, content_hash, id)
            ) WITHOUT ROWID;
            INSERT INTO example_by_key (dataset_id, key, id) SELECT dataset_id, key, id FROM example ORDER BY dataset_id, key;
            INSERT INTO example_by_hash (dataset_id, content_hash, id)
                SELECT dataset_id, content_hash, id FROM example ORDER BY dataset_id, content_hash, id;
            DROP INDEX example_key;
            DROP INDEX IF EXISTS example_content_hash;
            CREATE INDEX example_dataset ON example(dataset_id);
            """)
    }
}
