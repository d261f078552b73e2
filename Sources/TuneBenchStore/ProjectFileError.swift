/// Why a path cannot be used as a project file. Every case leaves the file's bytes unchanged.
public enum ProjectFileError: Error, Equatable, CustomStringConvertible {
    /// Nothing exists at the path.
    case missing(path: String)
    /// The path exists but is a directory, a FIFO or another non-regular file.
    case notRegularFile(path: String, kind: String)
    /// The file does not start with the SQLite header.
    case notSQLite(path: String)
    /// A SQLite database, but not a tunebench project (wrong or absent application id).
    case foreignDatabase(path: String, applicationID: Int32)
    /// A project written by a newer tunebench: it has migrations this build does not know.
    case newerVersion(path: String, unknownMigrations: [String])
    /// The file fails `PRAGMA quick_check` and so is not migrated.
    case damaged(path: String, detail: String)
    /// `new` was asked to create a project where a file already exists.
    case alreadyExists(path: String)
    /// SQLite refused the file for another reason.
    case unreadable(path: String, detail: String)

    public var description: String {
        switch self {
        case let .missing(path):
            return "\(path): no such file"
        case let .notRegularFile(path, kind):
            return "\(path): is a \(kind), not a project file"
        case let .notSQLite(path):
            return "\(path): not a SQLite database, so not a tunebench project"
        case let .foreignDatabase(path, applicationID):
            return "\(path): a SQLite database but not a tunebench project (application_id \(applicationID))"
        case let .newerVersion(path, unknown):
            return "\(path): written by a newer tunebench (unknown migrations: \(unknown.joined(separator: ", "))); upgrade tunebench to open it"
        case let .damaged(path, detail):
            return "\(path): the database is damaged (quick_check: \(detail)); not migrated"
        case let .alreadyExists(path):
            return "\(path): already exists; pass --force to replace it"
        case let .unreadable(path, detail):
            return "\(path): cannot be opened: \(detail)"
        }
    }
}
