import Foundation
import GRDB
import TuneBenchCore

/// The project file: one SQLite database in WAL mode, opened through one connection pool.
///
/// Every read and write of project data goes through a `ProjectStore`; domain queries live in extensions
/// (`ProjectStore+Datasets.swift`, …). Opening checks the file before writing anything (see
/// ``ProjectFileError``), then applies pending migrations, each in its own transaction.
///
///     let store = try ProjectStore.create(path: "/tmp/a.tunebench", name: "graphql-assistant")
///     let again = try ProjectStore.open(path: "/tmp/a.tunebench")
public final class ProjectStore: Sendable {
    /// The value of `PRAGMA application_id` in every project file ("TBNC").
    public static let applicationID: Int32 = 0x5442_4E43
    /// The file extension of project files.
    public static let fileExtension = "tunebench"
    /// How long a write waits for another process's write to finish before failing.
    public static let busyTimeout: TimeInterval = 10

    /// The path the store was opened with.
    public let path: String
    /// The connection pool: one writer, concurrent readers (WAL).
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens an existing project, migrating it in place if it comes from an older tunebench.
    /// - Throws: ``ProjectFileError`` when the file is missing, not SQLite, not a project, from a newer
    ///   tunebench or damaged; the file is then left byte for byte as it was.
    public static func open(path: String) throws -> ProjectStore {
        _ = try ProjectFileInspection.inspect(path: path)
        return try connect(path: path)
    }

    /// Creates a new project file and records its metadata.
    /// - Parameter force: replace an existing file (and its WAL) instead of refusing.
    public static func create(path: String, name: String, problem: String = "", targetMetric: String = "",
                              force: Bool = false, now: Date = Date()) throws -> ProjectStore {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            guard force else { throw ProjectFileError.alreadyExists(path: path) }
            for suffix in ["", "-wal", "-shm"] where manager.fileExists(atPath: path + suffix) {
                try manager.removeItem(atPath: path + suffix)
            }
        }
        let store = try connect(path: path)
        try store.pool.write { db in
            try db.execute(
                sql: "INSERT INTO project (id, name, problem, target_metric, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)",
                arguments: [name, problem, targetMetric, now.timeIntervalSince1970, now.timeIntervalSince1970])
        }
        return store
    }

    /// Closes the connections; the store must not be used afterwards.
    public func close() throws { try pool.close() }

    private static func connect(path: String) throws -> ProjectStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "project"
        configuration.prepareDatabase { db in
            // WAL + NORMAL keeps every committed transaction across a process kill; only an OS crash or power
            // loss can drop the last commits (docs/DECISIONS.md).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Migrations.migrator.migrate(pool)
            return ProjectStore(path: path, pool: pool)
        } catch let error as DatabaseError {
            throw ProjectFileError.unreadable(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
