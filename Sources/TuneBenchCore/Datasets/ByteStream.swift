import Foundation

/// Reads a file forward in large chunks, fingerprinting (SHA-256) and measuring everything it hands out.
/// A UTF-8 byte-order mark at the start is hashed but not handed out.
///
/// A gzip or zstd file (told by its magic number, whatever its name) is inflated while it is read: what is handed
/// out, hashed and counted is the decompressed text, so `data.jsonl.gz` imports exactly as `data.jsonl` does.
public final class ByteStream {
    private let input: InputSource
    private let path: String
    /// The most bytes one `read(into:)` appends.
    public let chunkSize: Int
    private var hasher = SHA256()
    /// The first chunk, read to look at the magic number, until it is handed on.
    private var firstChunk: Data?
    private var inflater: DecompressingReader?
    /// Bytes handed out so far (decompressed bytes for a compressed file).
    public private(set) var bytesRead = 0
    public private(set) var atEnd = false
    /// Bytes read but not handed out before the first one handed out (3 for a byte-order mark): readers add it
    /// to their offsets so a problem's byte offset counts from the file's first byte.
    public private(set) var skippedPrefix = 0
    /// Bytes taken from the file or pipe so far, each counted once however often the probes replayed them.
    public var bytesFromInput: Int { input.bytesFromInput }
    /// The compression the file was found to use, if any.
    public var compression: CompressionFormat? { inflater?.format }

    /// Opens `path` for reading; the error names the file.
    public convenience init(path: String, chunkSize: Int = 4 << 20) throws(DatasetFileError) {
        try self.init(input: InputSource(path: path), chunkSize: chunkSize)
    }

    /// Reads `input` from where it stands (its start, after a rewind).
    public init(input: InputSource, chunkSize: Int = 4 << 20) throws(DatasetFileError) {
        self.input = input
        self.path = input.path
        self.chunkSize = chunkSize
        firstChunk = try input.read(upToCount: chunkSize)
        guard let first = firstChunk, let format = CompressionFormat.detect(first) else { return }
        do throws(DecompressionError) {
            inflater = try DecompressingReader(format: format, outputChunk: chunkSize, inputChunk: chunkSize) { [weak self] maxCount in
                guard let self else { return nil }
                if let first = self.firstChunk { self.firstChunk = nil; return first }
                return try self.input.read(upToCount: maxCount)
            }
        } catch {
            throw DatasetFileError.decompression(path, error)
        }
    }

    /// Appends the next chunk to `buffer`; returns false at the end of the file.
    public func read(into buffer: inout [UInt8]) throws -> Bool {
        guard !atEnd else { return false }
        if let inflater {
            let more: Bool
            do {
                more = try inflater.read { raw in hand(raw, into: &buffer) }
            } catch let error as DecompressionError {
                throw DatasetFileError.decompression(path, error)
            }
            if !more { atEnd = true }
            return more
        }
        let chunk: Data?
        if let first = firstChunk { firstChunk = nil; chunk = first } else { chunk = try input.read(upToCount: chunkSize) }
        guard let data = chunk, !data.isEmpty else {
            atEnd = true
            return false
        }
        data.withUnsafeBytes { raw in hand(raw, into: &buffer) }
        return true
    }

    /// Makes room in `buffer` for the next chunk without letting its capacity pass `most` by doubling: an Array
    /// grows by doubling, so a buffer holding one record just under the limit would otherwise reserve twice it.
    public func reserveChunk(in buffer: inout [UInt8], capacityAtMost most: Int) {
        let needed = buffer.count + chunkSize
        guard buffer.capacity < needed, buffer.capacity * 2 > most else { return }
        buffer.reserveCapacity(max(needed, most))
    }

    private func hand(_ raw: UnsafeRawBufferPointer, into buffer: inout [UInt8]) {
        hasher.update(bufferPointer: raw)
        let hasBOM = bytesRead == 0 && raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        if hasBOM { skippedPrefix = 3 }
        buffer.append(contentsOf: hasBOM ? UnsafeRawBufferPointer(rebasing: raw[3...]) : raw)
        bytesRead += raw.count
    }

    /// The SHA-256 of the bytes read so far (the whole file once `atEnd`).
    public var sha256: String { hasher.hexDigest() }
}

/// A dataset file that cannot be read at all.
public enum DatasetFileError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(String)
    /// The path cannot be read, with the reason ("is a directory", "permission denied").
    case unreadable(String, String)
    /// The input's start is mostly NUL or control bytes: binary data (or UTF-16), not a text dataset.
    case binary(String, controlBytes: Int, of: Int)
    case unknownFormat(String)
    case undetectableFormat(String)
    case badColumnMapping(String)
    /// A gzip or zstd file whose data cannot be inflated (damaged, cut short).
    case decompression(String, DecompressionError)

    public var description: String {
        switch self {
        case .cannotOpen(let path): "cannot open \(path)"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .binary(let path, let control, let total):
            "\(path) is not a text dataset: \(control) of its first \(total) bytes are NUL or control bytes (binary data or UTF-16; tunebench reads UTF-8)"
        case .unknownFormat(let name):
            "unknown dataset format '\(name)' (known: \(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .undetectableFormat(let path): "cannot tell the format of \(path): give it with --format"
        case .badColumnMapping(let why): "bad column mapping: \(why)"
        case .decompression(let path, let error): "\(path): \(error)"
        }
    }
}
