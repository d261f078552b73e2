import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an output file so that it never lies about the result.
///
/// - A regular file (or a path where nothing stands yet) is written to a temporary sibling that is synced and
///   renamed over the target only when complete, so a failed or interrupted write leaves the old file as it was.
///   Temporaries left by processes that no longer run are removed on the next write to the same name.
/// - A symbolic link is followed: its target is written (atomically, as above) and the link stays a link.
/// - A character device, FIFO or socket (`/dev/stdout`, `/dev/full`, a named pipe a reader waits on) is written
///   through: never replaced by a regular file.
/// - Every failed write (no space, file-size limit, permission) throws a ``FileWriteError`` naming the path.
public final class SafeFileWriter {
    /// The path the caller named.
    public let path: String
    private let destination: String
    private let temporaryPath: String?
    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var finished = false

    public init(path: String) throws(FileWriteError) {
        self.path = path
        if path.hasSuffix("/") { throw FileWriteError(path: path, reason: "is a directory; give a file name") }
        let target = try Self.followLinks(path)
        destination = target
        var status = stat()
        if lstat(target, &status) == 0, !Self.isRegular(status) {
            if (status.st_mode & S_IFMT) == S_IFDIR { throw FileWriteError(path: path, reason: "is a directory; give a file name") }
            let fd = open(target, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FileWriteError(path: path, errno: errno) }
            descriptor = fd
            temporaryPath = nil
            return
        }
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw FileWriteError(path: path, reason: "the directory \(folder) does not exist")
        }
        Self.removeStaleTemporaries(named: name, in: folder)
        let temporary = "\(folder)/.\(name).tmp-\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            let code = errno
            if code == EACCES { throw FileWriteError(path: path, reason: "permission denied: the directory \(folder) is not writable") }
            throw FileWriteError(path: path, errno: code)
        }
        var existing = stat()
        if stat(target, &existing) == 0 { _ = fchmod(fd, existing.st_mode & 0o7777) }
        descriptor = fd
        temporaryPath = temporary
    }

    deinit {
        if !finished {
            close(descriptor)
            if let temporaryPath { unlink(temporaryPath) }
        }
    }

    /// Appends bytes (buffered; written in 1 MiB pieces).
    public func write<S: Sequence>(_ bytes: S) throws(FileWriteError) where S.Element == UInt8 {
        pending.append(contentsOf: bytes)
        if pending.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered and syncs it; for a regular file, renames the temporary over the target.
    public func commit() throws(FileWriteError) {
        try flush()
        if fsync(descriptor) != 0, temporaryPath != nil { throw FileWriteError(path: path, errno: errno) }
        finished = true
        let closed = close(descriptor)
        let closeError = errno
        guard let temporaryPath else {
            if closed != 0 && closeError != EINTR { throw FileWriteError(path: path, errno: closeError) }
            return
        }
        guard closed == 0 else { unlink(temporaryPath); throw FileWriteError(path: path, errno: closeError) }
        guard rename(temporaryPath, destination) == 0 else {
            let code = errno
            unlink(temporaryPath)
            throw FileWriteError(path: path, errno: code)
        }
    }

    private func flush() throws(FileWriteError) {
        var offset = 0
        while offset < pending.count {
            let written = pending.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileWriteError(path: path, errno: errno)
            }
            offset += written
        }
        pending.removeAll(keepingCapacity: true)
    }

    private static func isRegular(_ status: stat) -> Bool { (status.st_mode & S_IFMT) == S_IFREG }

    /// The path a chain of symbolic links ends at (relative links resolved against their own directory); a
    /// dangling link's target is where the file will be created.
    private static func followLinks(_ path: String) throws(FileWriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            // A link to a pipe, socket or device (`/dev/stdout` → `/proc/self/fd/1` → `pipe:[N]`) is opened as it is:
            // its text names no path, and `open` follows it.
            var end = stat()
            if stat(current, &end) == 0, !isRegular(end), (end.st_mode & S_IFMT) != S_IFDIR { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw FileWriteError(path: path, errno: errno) }
            let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        throw FileWriteError(path: path, reason: "too many levels of symbolic links")
    }

    /// Removes `.NAME.tmp-PID` files whose process no longer runs (left by a killed earlier write).
    private static func removeStaleTemporaries(named name: String, in folder: String) {
        let prefix = ".\(name).tmp-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink("\(folder)/\(entry)") }
        }
    }
}

/// A file that could not be written, as one sentence: "cannot write PATH: REASON".
public struct FileWriteError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The reason for a failed system call, in words (`EFBIG` says which limit).
    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: Self.reason(errno: code))
    }

    public var description: String { "cannot write \(path): \(reason)" }

    /// The system's message for `code`, lower-cased, with a hint where the message alone does not say what to do.
    public static func reason(errno code: Int32) -> String {
        let message = String(cString: strerror(code))
        let sentence = message.prefix(1).lowercased() + message.dropFirst()
        return code == EFBIG ? "\(sentence) (the file-size limit was reached; see `ulimit -f`)" : sentence
    }
}
