import GRDB

extension Migrations {
    /// `example_text` rows go with their example (`ON DELETE CASCADE` on its id, which is the example's id).
    ///
    /// Rebuilding the table would copy every record's text (gigabytes at a million examples) for a constraint
    /// that changes nothing on disk, so the table's declaration is rewritten in place, as SQLite documents for
    /// constraint changes that leave the stored format alone (lang_altertable.html, "otheralter"): orphan texts
    /// are removed first, so no existing row breaks the new constraint, and the foreign-key check that ends every
    /// migration confirms it.
    static let exampleTextCascade = Migration(name: "example-text-cascade") { db in
        try db.execute(sql: "DELETE FROM example_text WHERE id NOT IN (SELECT id FROM example)")
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        try db.execute(sql: """
            UPDATE sqlite_schema SET sql = 'CREATE TABLE example_text (
                id INTEGER PRIMARY KEY REFERENCES example(id) ON DELETE CASCADE,
                original TEXT NOT NULL
            )' WHERE type = 'table' AND name = 'example_text'
            """)
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
    }
}
