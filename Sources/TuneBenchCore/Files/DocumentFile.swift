import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file that is one whole document (an eval log, LiteLLM's price table, a theme) without ever holding
/// more than its limit: a regular file is measured before it is read, anything else (a pipe, `/dev/zero`) is read
/// in chunks and given up on once it passes the limit.
public enum DocumentFile {
    private static let chunk = 1 << 20

    /// The file's bytes. With `mappingArchives`, a regular file that starts like a zip (an inspect `.eval` log) is
    /// mapped instead, whatever its size: its entries are inflated one at a time, each within the limit.
    public static func read(_ path: String, limit: RecordLimit = .default,
                            mappingArchives: Bool = false) throws(DocumentFileError) -> Data {
        let fd = path == "-" ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path, FileWriteError.reason(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, FileWriteError.reason(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .unreadable(path, "is a directory")
        case S_IFREG:
            if mappingArchives && startsLikeZip(fd) {
                do { return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
                    throw .unreadable(path, "cannot map the file")
                }
            }
            if Int(info.st_size) > limit.bytes { throw .tooLong(path, limit) }
        default: break
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let got = buffer.withUnsafeMutableBytes { raw in
                while true {
                    let n = Glibc.read(fd, raw.baseAddress!, raw.count)
                    if n < 0 && errno == EINTR { continue }
                    return n
                }
            }
            if got < 0 { throw .unreadable(path, FileWriteError.reason(errno: errno)) }
            if got == 0 { return data }
            guard data.count + got <= limit.bytes else { throw .tooLong(path, limit) }
            data.append(contentsOf: buffer[..<got])
        }
    }

    private static func startsLikeZip(_ fd: Int32) -> Bool {
        var magic = [UInt8](repeating: 0, count: 4)
        let got = magic.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 4, 0) }
        return got == 4 && magic == [0x50, 0x4B, 0x03, 0x04]
    }
}

/// A whole-file document that cannot be read.
public enum DocumentFileError: Error, Equatable, CustomStringConvertible {
    /// The path cannot be read, with the reason.
    case unreadable(String, String)
    /// The document is longer than the limit.
    case tooLong(String, RecordLimit)

    /// What is wrong, without the path: `is longer than 64 MB (--max-record-bytes); not read`.
    public var reason: String {
        switch self {
        case .unreadable(_, let reason): "cannot read the file: \(reason)"
        case .tooLong(_, let limit): "is longer than \(limit) (--max-record-bytes); not read"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, _), .tooLong(let path, _): "\(path): \(reason)"
        }
    }
}
