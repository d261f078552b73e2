import GRDB

extension Migrations {
    /// The first migration: the project's identity (one row) and a key/value settings table.
    static let projectMetadata = Migration(name: "project-metadata") { db in
        try db.execute(sql: "PRAGMA application_id = \(ProjectStore.applicationID)")
        try db.execute(sql: """
            CREATE TABLE project (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL,
                problem TEXT NOT NULL DEFAULT '',
                target_metric TEXT NOT NULL DEFAULT '',
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL
            );
            CREATE TABLE setting (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
    }
}
