import Foundation

/// Splits a JSON Lines file into records, one per non-blank line, streaming (memory holds one chunk plus the
/// longest line, at most `limit`). A final line without a newline counts; `\r\n` endings are accepted.
///
/// A line longer than `limit` is a problem (its line and byte offset) and is skipped: its bytes are read on to the
/// next newline without being kept, so a file with no newline at all (`yes | tr -d '\n'`) never fills memory.
public struct JSONLinesReader: RecordSource {
    private let stream: ByteStream
    private let limit: Int
    private let recordLimit: RecordLimit
    private var buffer: [UInt8] = []
    private var cursor = 0
    /// Bytes dropped from the front of `buffer` so far: `buffer[i]` is byte `dropped + i` of what was handed out.
    private var dropped = 0
    private var line = 0

    public init(stream: ByteStream, limit: RecordLimit = .default) {
        self.stream = stream
        self.recordLimit = limit
        self.limit = limit.bytes
    }

    public mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws -> RecordBatch? {
        var batch = RecordBatch()
        while batch.records.count < maxRecords && batch.storage.count < maxBytes {
            guard let next = try nextLine() else { break }
            line += 1
            switch next {
            case .overLimit(let start):
                batch.problems.append(ImportProblem(line: line, reason: recordLimit.overLimitReason(offset: start)))
            case .bytes(let start, let end):
                buffer.withUnsafeBytes { raw in
                    var lineEnd = end
                    if lineEnd > start && raw[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                    let slice = UnsafeRawBufferPointer(rebasing: raw[start..<lineEnd])
                    if !Self.isBlank(slice) { batch.append(line: line, bytes: slice) }
                }
            }
        }
        return batch.isEmpty ? nil : batch
    }

    /// A line: its byte range in `buffer` (without the newline), or the input offset where an over-limit line began.
    private enum Line {
        case bytes(Int, Int)
        case overLimit(offset: Int)
    }

    /// The next line, reading more as needed. The only cost the limit adds is one comparison per line and per chunk.
    private mutating func nextLine() throws -> Line? {
        var searchFrom = cursor
        while true {
            let newline: Int? = buffer.withUnsafeBytes { raw in
                guard searchFrom < raw.count, let base = raw.baseAddress else { return nil }
                guard let hit = memchr(base + searchFrom, 0x0A, raw.count - searchFrom) else { return nil }
                return base.distance(to: UnsafeRawPointer(hit))
            }
            if let newline {
                let start = cursor
                cursor = newline + 1
                if newline - start > limit { return .overLimit(offset: offset(of: start)) }
                return .bytes(start, newline)
            }
            if buffer.count - cursor > limit {
                let start = offset(of: cursor)
                try skipPastNewline()
                return .overLimit(offset: start)
            }
            searchFrom = buffer.count
            if cursor > 0 && cursor >= buffer.count / 2 {
                buffer.removeFirst(cursor)
                dropped += cursor
                searchFrom -= cursor
                cursor = 0
            }
            if try !stream.read(into: &buffer) {
                guard cursor < buffer.count else { return nil }
                let range = Line.bytes(cursor, buffer.count)
                cursor = buffer.count
                return range
            }
        }
    }

    /// Drops what is buffered (searched already: no newline in it) and reads on, one chunk at a time, until just
    /// past the next newline or the end of the input.
    private mutating func skipPastNewline() throws {
        dropped += buffer.count
        buffer = []
        cursor = 0
        while try stream.read(into: &buffer) {
            let newline: Int? = buffer.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, let hit = memchr(base, 0x0A, raw.count) else { return nil }
                return base.distance(to: UnsafeRawPointer(hit))
            }
            if let newline {
                cursor = newline + 1
                return
            }
            dropped += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// The 0-based offset in the input of `buffer[index]`.
    private func offset(of index: Int) -> Int { stream.skippedPrefix + dropped + index }

    static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for byte in bytes where byte != 0x20 && byte != 0x09 && byte != 0x0D && byte != 0x0A { return false }
        return true
    }
}
