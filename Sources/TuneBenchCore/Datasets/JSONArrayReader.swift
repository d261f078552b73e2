/// Splits a file holding one JSON array (`[{...}, {...}]`, as the axolotl alpaca sample is) into its elements,
/// or a file of whitespace-separated JSON values (a pretty-printed object, as the axolotl ShareGPT sample is) into
/// those values, streaming: it tracks nesting and strings byte by byte and never holds more than one element.
///
/// An element longer than `limit` is a problem (its line and byte offset) and is skipped: it is scanned to its end
/// without being kept, so a 200 MB single-line array of small elements imports and a 1 GB element costs no memory.
public struct JSONArrayReader: RecordSource {
    private let stream: ByteStream
    private let insideArray: Bool
    private let limit: RecordLimit
    private var buffer: [UInt8] = []
    private var cursor = 0
    /// Bytes dropped from the front of `buffer` so far: `buffer[i]` is byte `dropped + i` of what was handed out.
    private var dropped = 0
    private var line = 1
    private var started = false
    private var finished = false

    /// `insideArray` false reads top-level values one after another instead of the elements of one array.
    public init(stream: ByteStream, insideArray: Bool = true, limit: RecordLimit = .default) {
        self.stream = stream
        self.insideArray = insideArray
        self.limit = limit
        started = !insideArray
    }

    public mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws -> RecordBatch? {
        var batch = RecordBatch()
        while !finished && batch.records.count < maxRecords && batch.storage.count < maxBytes {
            if !started {
                guard try skipWhitespace() else {
                    batch.problems.append(ImportProblem(line: line, reason: "empty file: expected a JSON array"))
                    finished = true
                    break
                }
                guard buffer[cursor] == UInt8(ascii: "[") else {
                    batch.problems.append(ImportProblem(line: line, reason: "expected '[' to start a JSON array"))
                    finished = true
                    break
                }
                cursor += 1
                started = true
            }
            guard try skipWhitespace() else {
                if insideArray { batch.problems.append(ImportProblem(line: line, reason: "unterminated JSON array")) }
                finished = true
                break
            }
            if insideArray && buffer[cursor] == UInt8(ascii: "]") {
                finished = true
                break
            }
            if buffer[cursor] == UInt8(ascii: ",") {
                cursor += 1
                continue
            }
            let startLine = line
            let end: Int
            switch try scanElement() {
            case nil:
                batch.problems.append(ImportProblem(line: startLine, reason: "unterminated JSON value in the array"))
                finished = true
                continue
            case .overLimit(let offset, let next):
                let what = insideArray ? "element" : "record"
                batch.problems.append(ImportProblem(line: startLine, reason: limit.overLimitReason(offset: offset, what: what)))
                cursor = next
                continue
            case .element(let elementEnd):
                end = elementEnd
            }
            // A closing bracket with nothing open (`[{}}]`) ends an empty element: report it and step over it,
            // or the reader would stop on it for ever.
            guard end > cursor else {
                let stray = Character(Unicode.Scalar(buffer[cursor]))
                batch.problems.append(ImportProblem(line: startLine, reason: "unexpected '\(stray)' with nothing open"))
                cursor += 1
                continue
            }
            buffer.withUnsafeBytes { raw in
                batch.append(line: startLine, bytes: UnsafeRawBufferPointer(rebasing: raw[cursor..<end]))
            }
            cursor = end
        }
        return batch.isEmpty ? nil : batch
    }

    /// Moves past whitespace, counting lines; false at the end of input.
    private mutating func skipWhitespace() throws -> Bool {
        while true {
            while cursor < buffer.count {
                switch buffer[cursor] {
                case 0x0A: line += 1; cursor += 1
                case 0x20, 0x09, 0x0D: cursor += 1
                default: return true
                }
            }
            guard try refill() else { return false }
        }
    }

    /// What scanning one element found.
    private enum Scan {
        /// The element is `buffer[cursor..<end]`.
        case element(end: Int)
        /// The element began at input `offset` and ran past the limit; reading goes on at `buffer[next]`.
        case overLimit(offset: Int, next: Int)
    }

    /// The element starting at `cursor`, reading more as needed; nil when the input ends inside it.
    /// Past the limit, scanned bytes are dropped as it goes on, so memory stays one chunk.
    private mutating func scanElement() throws -> Scan? {
        var position = cursor
        var depth = 0
        var inString = false
        var escaped = false
        var overLimitAt: Int?
        func found(_ end: Int) -> Scan {
            if let overLimitAt { return .overLimit(offset: overLimitAt, next: end) }
            if end - cursor > limit.bytes { return .overLimit(offset: offset(of: cursor), next: end) }
            return .element(end: end)
        }
        while true {
            while position < buffer.count {
                let byte = buffer[position]
                if byte == 0x0A { line += 1 }
                if inString {
                    if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                } else {
                    switch byte {
                    case 0x22: inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        if depth == 0 { return found(trimmedEnd(position)) }
                        depth -= 1
                        if depth == 0 { return found(position + 1) }
                    case UInt8(ascii: ","):
                        if depth == 0 { return found(trimmedEnd(position)) }
                    default: break
                    }
                }
                position += 1
            }
            if overLimitAt == nil && position - cursor > limit.bytes { overLimitAt = offset(of: cursor) }
            if let overLimitAt {
                cursor = position
                guard try refill() else { return .overLimit(offset: overLimitAt, next: cursor) }
                position = 0
                continue
            }
            let consumed = cursor
            guard try refill() else { return nil }
            position -= consumed - cursor
        }
    }

    /// The 0-based offset in the input of `buffer[index]`.
    private func offset(of index: Int) -> Int { stream.skippedPrefix + dropped + index }

    private func trimmedEnd(_ end: Int) -> Int {
        var end = end
        while end > cursor, [0x20, 0x09, 0x0D, 0x0A].contains(buffer[end - 1]) { end -= 1 }
        return end
    }

    /// Drops consumed bytes and reads another chunk; false at the end of the file.
    private mutating func refill() throws -> Bool {
        if cursor > 0 {
            buffer.removeFirst(cursor)
            dropped += cursor
            cursor = 0
        }
        stream.reserveChunk(in: &buffer, capacityAtMost: limit.bytes + 1 + stream.chunkSize)
        return try stream.read(into: &buffer)
    }
}
