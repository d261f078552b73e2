import Foundation

/// Whether a project file may be written, decided before SQLite opens it.
enum ProjectFileAccess {
    /// False when the file has no write permission bit (a `chmod 444` says "do not change", even to root), the
    /// process may not write it, or its directory cannot be written (SQLite needs the `-wal` and `-shm` files there).
    static func isWritable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return true }
        return info.st_mode & 0o222 != 0 && access(path, W_OK) == 0 && isDirectoryWritable(path)
    }

    static func isDirectoryWritable(_ path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        return access(directory.isEmpty ? "." : directory, W_OK) == 0
    }

    /// What to hand SQLite for a read-only open: the path, or, in a directory that cannot be written and with no
    /// `-shm` to share (SQLite could not create the WAL's shared memory), an immutable URI.
    static func readOnlyLocation(_ path: String) -> String {
        isDirectoryWritable(path) || FileManager.default.fileExists(atPath: path + "-shm") ? path : immutableURI(path)
    }

    /// An SQLite URI opening `path` read-only and immutable (Debian's libsqlite3 accepts URI file names).
    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:\(escaped)?mode=ro&immutable=1"
    }
}
