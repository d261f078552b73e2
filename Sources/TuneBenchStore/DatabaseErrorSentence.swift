import Foundation
import GRDB

/// SQLite's refusals as sentences a user can act on, so no "SQLite error 5" reaches the screen.
public enum DatabaseErrorSentence {
    /// The sentence for `error`, or nil when it is not an SQLite error.
    public static func describe(_ error: any Error) -> String? {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_READONLY:
            return "the project file is read-only (the file or its directory cannot be written), so this change was not made; "
                + "make it writable (chmod u+w) or work on a copy"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "the project is busy: another tunebench is writing to it; try again when it has finished"
        case .SQLITE_FULL:
            return "the disk holding the project is full\(fileSizeLimitNote); nothing was changed"
        case .SQLITE_IOERR:
            return "the project file could not be read or written (input/output error\(fileSizeLimitNote)); nothing was changed"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "the project file is damaged; run `tunebench info` on it for details"
        case .SQLITE_CANTOPEN:
            return "the project file cannot be opened (is its directory readable?)"
        default:
            return "the project database refused the operation: \(error.message ?? "\(error.resultCode)")"
        }
    }

    /// When the process may not write files past a size (`ulimit -f`), the likely cause of a failed write
    /// (SQLite reports the EFBIG as an I/O error): "; files of this process are limited to N bytes (ulimit -f)".
    static var fileSizeLimitNote: String {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return "" }
        return "; files written by this process are limited to \(limit.rlim_cur) bytes (ulimit -f)"
    }
}
