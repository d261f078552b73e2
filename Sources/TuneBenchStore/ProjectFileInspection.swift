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
        // Reading a WAL-mode file creates an empty `-wal` and a `-shm` next to it; a refused file gets them removed.
        let journalExisted = FileManager.default.fileExists(atPath: path + "-wal")
        do {
            return try inspectDatabase(path: path)
        } catch {
            if !journalExisted { removeEmptyJournal(of: path) }
            throw error
        }
    }

    private static func removeEmptyJournal(of path: String) {
        let manager = FileManager.default
        guard let size = (try? manager.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int, size == 0 else { return }
        try? manager.removeItem(atPath: path + "-wal")
        try? manager.removeItem(atPath: path + "-shm")
    }

    private static func inspectDatabase(path: String) throws -> ProjectFileInspection {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "inspection"
        // Another process may hold the file for a moment (the TUI checkpointing as it quits, a CLI write):
        // wait as the store does rather than call a busy file unreadable.
        configuration.busyMode = ProjectStore.busyMode
        do {
            let queue = try DatabaseQueue(path: ProjectFileAccess.readOnlyLocation(path), configuration: configuration)
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
                let extras = try Row.fetchAll(db, sql: """
                    SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name
                    """).map { UnexpectedSchemaObject(kind: $0["type"], name: $0["name"]) }
                guard extras.isEmpty else {
                    throw ProjectFileError.unexpectedSchemaObjects(path: path, objects: extras)
                }
                if applied.count < Migrations.names.count {
                    let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
                    guard result == ["ok"] else {
                        throw ProjectFileError.damaged(path: path, detail: "quick_check: " + result.prefix(3).joined(separator: "; "))
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
        let header = Array((try? handle.read(upToCount: 100)) ?? Data())
        guard header.starts(with: sqliteHeader) else { throw ProjectFileError.notSQLite(path: path) }
        try checkNotTruncated(path, header: header, fileSize: Int(info.st_size))
    }

    /// A file cut short (a partial copy or download) can still open, and SQLite only notices when a query reaches a
    /// missing page, after the store has written to the file. The header records the page size and, when its
    /// "version valid for" field matches the change counter, the page count; a file shorter than that is refused.
    /// A file with a non-empty write-ahead log is left to SQLite: its header may be mid-checkpoint.
    private static func checkNotTruncated(_ path: String, header: [UInt8], fileSize: Int) throws {
        guard header.count == 100 else {
            throw ProjectFileError.damaged(path: path, detail: "truncated: \(fileSize) bytes, shorter than the 100-byte header")
        }
        var walInfo = stat()
        if stat(path + "-wal", &walInfo) == 0 && walInfo.st_size > 0 { return }
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            header[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        let changeCounter = bigEndian(24, 4), pageCount = bigEndian(28, 4), validFor = bigEndian(92, 4)
        guard pageSize >= 512, pageCount > 0, validFor == changeCounter else { return }
        let expected = pageCount * pageSize
        guard fileSize >= expected else {
            throw ProjectFileError.damaged(
                path: path, detail: "truncated: the header says \(expected) bytes, the file has \(fileSize)")
        }
    }
}
