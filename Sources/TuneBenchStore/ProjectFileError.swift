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
    /// The file is cut short or fails `PRAGMA quick_check`, and so is not opened or migrated.
    case damaged(path: String, detail: String)
    /// The file holds triggers or views, which tunebench never creates: a trigger could delete or rewrite data
    /// on every write (e.g. reviews) and a view could stand in for a table, so the file is not opened.
    case unexpectedSchemaObjects(path: String, objects: [UnexpectedSchemaObject])
    /// `new` was asked to create a project where a file already exists.
    case alreadyExists(path: String)
    /// SQLite refused the file for another reason.
    case unreadable(path: String, detail: String)
    /// The file is read-only (or its directory is) and comes from an older tunebench: it must be migrated,
    /// which writes, before this build can read it.
    case readOnlyNeedsMigration(path: String)
    /// A command that changes the project was run on a read-only project file.
    case readOnly(path: String)

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
            return "\(path): the database is damaged (\(detail)); not opened"
        case let .unexpectedSchemaObjects(path, objects):
            let names = objects.map { "\($0.kind) \($0.quotedName)" }.joined(separator: ", ")
            let drops = objects.map { "DROP \($0.kind.uppercased()) \($0.quotedName);" }.joined(separator: " ")
                .replacingOccurrences(of: "'", with: "'\\''")
            return "\(path): holds \(names), which tunebench never creates (they could change or hide project data); "
                + "not opened. If you trust the file, remove them with: sqlite3 \(path) '\(drops)'"
        case let .alreadyExists(path):
            return "\(path): already exists; pass --force to replace it"
        case let .unreadable(path, detail):
            return "\(path): cannot be opened: \(detail)"
        case let .readOnlyNeedsMigration(path):
            return "\(path): is read-only and was written by an older tunebench; it must be upgraded, which writes to it: "
                + "make it writable (chmod u+w) or work on a copy"
        case let .readOnly(path):
            return "\(path): the project is read-only (the file or its directory cannot be written), so this change was not made; "
                + "make it writable (chmod u+w) or work on a copy"
        }
    }
}

/// A trigger or view found in a project file.
public struct UnexpectedSchemaObject: Equatable, Sendable {
    /// `trigger` or `view`.
    public var kind: String
    /// The name as stored in the file (untrusted text).
    public var name: String

    public init(kind: String, name: String) {
        self.kind = kind
        self.name = name
    }

    /// The name as an SQL identifier (double-quoted), with control characters shown as `?` so a hostile name
    /// cannot reach the terminal as an escape sequence.
    public var quotedName: String {
        let safe = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar in
            (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) ? "?" : scalar
        }))
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
