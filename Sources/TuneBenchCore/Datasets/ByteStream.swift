import Foundation

/// Reads a file forward in large chunks, fingerprinting (SHA-256) and measuring everything it hands out.
/// A UTF-8 byte-order mark at the start is hashed but not handed out.
public final class ByteStream {
    private let handle: FileHandle
    private let chunkSize: Int
    private var hasher = SHA256()
    /// Bytes read so far.
    public private(set) var bytesRead = 0
    public private(set) var atEnd = false

    /// Opens `path` for reading; the error names the file.
    public init(path: String, chunkSize: Int = 4 << 20) throws(DatasetFileError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw DatasetFileError.cannotOpen(path) }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    deinit { try? handle.close() }

    /// Appends the next chunk to `buffer`; returns false at the end of the file.
    public func read(into buffer: inout [UInt8]) throws -> Bool {
        guard !atEnd else { return false }
        guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
            atEnd = true
            return false
        }
        data.withUnsafeBytes { raw in
            hasher.update(bufferPointer: raw)
            let hasBOM = bytesRead == 0 && raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
            buffer.append(contentsOf: hasBOM ? UnsafeRawBufferPointer(rebasing: raw[3...]) : raw)
        }
        bytesRead += data.count
        return true
    }

    /// The SHA-256 of the bytes read so far (the whole file once `atEnd`).
    public var sha256: String { hasher.hexDigest() }
}

/// A dataset file that cannot be read at all.
public enum DatasetFileError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(String)
    case unknownFormat(String)
    case undetectableFormat(String)
    case badColumnMapping(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path): "cannot open \(path)"
        case .unknownFormat(let name):
            "unknown dataset format '\(name)' (known: \(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .undetectableFormat(let path): "cannot tell the format of \(path): give it with --format"
        case .badColumnMapping(let why): "bad column mapping: \(why)"
        }
    }
}
