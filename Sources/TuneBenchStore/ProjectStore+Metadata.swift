import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// The project's name, problem statement and target metric.
    public func metadata() throws -> ProjectMetadata {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM project WHERE id = 1") else {
                throw ProjectFileError.damaged(path: path, detail: "no project row")
            }
            return ProjectMetadata(
                name: row["name"], problem: row["problem"], targetMetric: row["target_metric"],
                createdAt: Date(timeIntervalSince1970: row["created_at"]),
                updatedAt: Date(timeIntervalSince1970: row["updated_at"]))
        }
    }

    /// Replaces the editable metadata fields and stamps `updated_at`.
    public func updateMetadata(name: String, problem: String, targetMetric: String, now: Date = Date()) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE project SET name = ?, problem = ?, target_metric = ?, updated_at = ? WHERE id = 1",
                arguments: [name, problem, targetMetric, now.timeIntervalSince1970])
        }
    }

    /// The migrations this file has applied; their count is the schema version.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }

    /// The schema version: the number of migrations applied.
    public func schemaVersion() throws -> Int { try appliedMigrations().count }

    /// The schema version this build of tunebench writes.
    public static var currentSchemaVersion: Int { Migrations.all.count }
}
