import GRDB

extension Migrations {
    /// The search index over example text, built after imports by `tunebench index` (or the browser, in the
    /// background): contentless FTS5 tables keyed by `example.id`, `detail=column` to keep the project within
    /// 1.5× of its input (docs/DECISIONS.md), plus a trigram table (full detail, for substring phrases) holding
    /// only the CJK runs of the examples that have any, which unicode61 cannot split into words. `search_state` remembers the last example indexed, so indexing is incremental.
    static let datasetSearch = Migration(name: "dataset-search") { db in
        try db.execute(sql: """
            CREATE VIRTUAL TABLE example_search USING fts5(text, content='', detail=column, tokenize='unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE example_search_cjk USING fts5(text, content='', tokenize='trigram');
            CREATE TABLE search_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last_example_id INTEGER NOT NULL
            );
            INSERT INTO search_state (id, last_example_id) VALUES (1, 0);
            """)
    }
}
