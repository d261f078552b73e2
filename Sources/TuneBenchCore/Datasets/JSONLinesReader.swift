import Foundation

/// Splits a JSON Lines file into records, one per non-blank line, streaming (memory holds one chunk plus the
/// longest line). A final line without a newline counts; `\r\n` endings are accepted.
public struct JSONLinesReader: RecordSource {
    private let stream: ByteStream
    private var buffer: [UInt8] = []
    private var cursor = 0
    private var line = 0

    public init(stream: ByteStream) { self.stream = stream }

    public mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws -> RecordBatch? {
        var batch = RecordBatch()
        while batch.records.count < maxRecords && batch.storage.count < maxBytes {
            guard let (start, end) = try nextLine() else { break }
            line += 1
            buffer.withUnsafeBytes { raw in
                var lineEnd = end
                if lineEnd > start && raw[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let slice = UnsafeRawBufferPointer(rebasing: raw[start..<lineEnd])
                if !Self.isBlank(slice) { batch.append(line: line, bytes: slice) }
            }
        }
        return batch.isEmpty ? nil : batch
    }

    /// The byte range of the next line (without its newline) in `buffer`, reading more as needed.
    private mutating func nextLine() throws -> (Int, Int)? {
        var searchFrom = cursor
        while true {
            let newline: Int? = buffer.withUnsafeBytes { raw in
                guard searchFrom < raw.count, let base = raw.baseAddress else { return nil }
                guard let hit = memchr(base + searchFrom, 0x0A, raw.count - searchFrom) else { return nil }
                return base.distance(to: UnsafeRawPointer(hit))
            }
            if let newline {
                let range = (cursor, newline)
                cursor = newline + 1
                return range
            }
            searchFrom = buffer.count
            if cursor > 0 && cursor >= buffer.count / 2 {
                buffer.removeFirst(cursor)
                searchFrom -= cursor
                cursor = 0
            }
            if try !stream.read(into: &buffer) {
                guard cursor < buffer.count else { return nil }
                let range = (cursor, buffer.count)
                cursor = buffer.count
                return range
            }
        }
    }

    static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for byte in bytes where byte != 0x20 && byte != 0x09 && byte != 0x0D && byte != 0x0A { return false }
        return true
    }
}
