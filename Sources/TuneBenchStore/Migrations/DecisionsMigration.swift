import GRDB

extension Migrations {
    /// The decision tree's stored answers (with who gave them) and the history of recommendations.
    static let decisions = Migration(name: "decisions") { db in
        try db.execute(sql: """
            CREATE TABLE decision_answer (
                node TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL,
                is_override INTEGER NOT NULL DEFAULT 0,
                evidence TEXT,
                answered_at REAL NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE decision_record (
                id INTEGER PRIMARY KEY,
                recommendation TEXT NOT NULL,
                reasons TEXT NOT NULL,
                path TEXT NOT NULL,
                recorded_at REAL NOT NULL
            );
            """)
    }
}
