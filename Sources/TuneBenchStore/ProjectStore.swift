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
    /// True when the file (or its directory) cannot be written: every read works, every write is refused
    /// with ``ProjectFileError/readOnly(path:)``.
    public let isReadOnly: Bool

    private init(path: String, pool: DatabasePool, isReadOnly: Bool) {
        self.path = path
        self.pool = pool
        self.isReadOnly = isReadOnly
    }

    /// Opens an existing project, migrating it in place if it comes from an older tunebench.
    ///
    /// Opening writes nothing unless a migration is pending. A read-only file (no write permission bit, or a
    /// directory that cannot be written) opens read-only, and so does any project when `readOnly` is asked for
    /// by a command that only reads: SQLite's read-write open (GRDB makes sure the WAL is not empty with a dummy
    /// transaction) would otherwise change the file's bytes on every look.
    /// - Throws: ``ProjectFileError`` when the file is missing, not SQLite, not a project, from a newer
    ///   tunebench or damaged; the file is then left byte for byte as it was.
    public static func open(path: String, readOnly: Bool = false) throws -> ProjectStore {
        let inspection = try ProjectFileInspection.inspect(path: path)
        let pending = inspection.appliedMigrations.count < Migrations.names.count
        guard ProjectFileAccess.isWritable(path) else {
            if pending { throw ProjectFileError.readOnlyNeedsMigration(path: path) }
            return try connectReadOnly(path: path)
        }
        if readOnly && !pending { return try connectReadOnly(path: path) }
        return try connect(path: path, migrate: pending)
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
        // SQLite would only say "unable to open database file"; the folder's own trouble is the reason.
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty && !(manager.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) {
            throw ProjectFileError.unreadable(path: path, detail: "no such directory \(folder)")
        }
        let store = try connect(path: path, migrate: true)
        try store.pool.write { db in
            try db.execute(
                sql: "INSERT INTO project (id, name, problem, target_metric, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)",
                arguments: [name, problem, targetMetric, now.timeIntervalSince1970, now.timeIntervalSince1970])
        }
        return store
    }

    /// Moves every committed transaction from the WAL into the database file and empties the WAL, so the file
    /// alone holds the project (before copying or renaming it).
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// Closes the connections; the store must not be used afterwards.
    public func close() throws { try pool.close() }

    private static func connect(path: String, migrate: Bool) throws -> ProjectStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = busyMode
        configuration.label = "project"
        configuration.prepareDatabase { db in
            // WAL + NORMAL keeps every committed transaction across a process kill; only an OS crash or power
            // loss can drop the last commits (docs/DECISIONS.md).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 32 KiB pages for new files: examples average a few KB, and with 4 KiB pages one example takes a page
            // and wastes the rest (a million chat examples took 1.6× their input). No effect on existing files.
            try db.execute(sql: "PRAGMA page_size = 32768")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            if migrate { try Migrations.migrator.migrate(pool) }
            return ProjectStore(path: path, pool: pool, isReadOnly: false)
        } catch let error as DatabaseError {
            throw ProjectFileError.unreadable(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }

    /// A read-only connection pool (immutable in a directory that cannot be written: nobody can write it there).
    private static func connectReadOnly(path: String) throws -> ProjectStore {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = busyMode
        configuration.label = "project"
        do {
            let pool = try DatabasePool(path: ProjectFileAccess.readOnlyLocation(path), configuration: configuration)
            return ProjectStore(path: path, pool: pool, isReadOnly: true)
        } catch let error as DatabaseError {
            throw ProjectFileError.unreadable(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
