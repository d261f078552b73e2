import GRDB

/// SQLite files that tunebench must refuse, made on the fly.
public enum SQLiteFixtures {
    /// A valid SQLite database of another application (application_id 0, one table).
    public static func makeForeignDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE note(body TEXT); INSERT INTO note VALUES ('hello')") }
        try queue.close()
    }

    /// Makes a project look written by a newer tunebench: it records a migration this build does not know.
    public static func markAsWrittenByNewerVersion(_ path: String, migration: String = "from-a-newer-tunebench") throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [migration]) }
        try queue.close()
    }
}
