import Foundation
import GRDB

/// What a read-only look at a project file found, before anything writes to it.
struct ProjectFileInspection {
    /// Migrations the file has applied, in the order applied.
    let appliedMigrations: [String]

    /// Checks, without changing a byte of the file, that `path` is a tunebench project this build can open.
    ///
    /// The order matters: the file system and the 16-byte SQLite header are checked before SQLite touches the
    /// file, and SQLite opens it read-only, so a foreign or future file is refused exactly as it was.
    static func inspect(path: String) throws -> ProjectFileInspection {
        try checkIsRegularSQLiteFile(path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "inspection"
        // Another process may hold the file for a moment (the TUI checkpointing as it quits, a CLI write):
        // wait as the store does rather than call a busy file unreadable.
        configuration.busyMode = .timeout(ProjectStore.busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == ProjectStore.applicationID else {
                    throw ProjectFileError.foreignDatabase(path: path, applicationID: applicationID)
                }
                guard try db.tableExists("grdb_migrations") else {
                    throw ProjectFileError.damaged(path: path, detail: "no migration history")
                }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                let unknown = applied.filter { !Migrations.names.contains($0) }
                guard unknown.isEmpty else {
                    throw ProjectFileError.newerVersion(path: path, unknownMigrations: unknown)
                }
                if applied.count < Migrations.names.count {
                    let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
                    guard result == ["ok"] else {
                        throw ProjectFileError.damaged(path: path, detail: result.prefix(3).joined(separator: "; "))
                    }
                }
                return ProjectFileInspection(appliedMigrations: applied)
            }
        } catch let error as ProjectFileError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw ProjectFileError.notSQLite(path: path) }
            throw ProjectFileError.unreadable(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }

    private static let sqliteHeader = Array("SQLite format 3\0".utf8)

    private static func checkIsRegularSQLiteFile(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw ProjectFileError.missing(path: path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ProjectFileError.notRegularFile(path: path, kind: "directory")
        case S_IFIFO: throw ProjectFileError.notRegularFile(path: path, kind: "FIFO")
        default: throw ProjectFileError.notRegularFile(path: path, kind: "special file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ProjectFileError.unreadable(path: path, detail: "permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        guard Array(header) == sqliteHeader else { throw ProjectFileError.notSQLite(path: path) }
    }
}
