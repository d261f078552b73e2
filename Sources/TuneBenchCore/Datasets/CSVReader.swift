/// Reads a CSV file (RFC 4180: commas, double-quoted fields, `""` for a quote, newlines inside quotes) whose
/// first row names the columns, streaming. Each data row becomes a JSON object `{"column": "value", ...}`:
/// that object is the record's original form, kept exactly, which the CSV column mapping then reads.
///
/// A row longer than `limit` (counting its raw bytes) is a problem (its line and byte offset) and is skipped: its
/// fields stop being kept once it passes the limit, and it is read on to its end (quotes still count).
public struct CSVReader: RecordSource {
    private let stream: ByteStream
    private let limit: RecordLimit
    private var buffer: [UInt8] = []
    private var cursor = 0
    /// Bytes dropped from the front of `buffer` so far: `buffer[i]` is byte `dropped + i` of what was handed out.
    private var dropped = 0
    private var line = 1
    private var header: [String]?
    private var atEnd = false

    public init(stream: ByteStream, limit: RecordLimit = .default) {
        self.stream = stream
        self.limit = limit
    }

    /// The column names, once the first batch has been read.
    public var columns: [String] { header ?? [] }

    public mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws -> RecordBatch? {
        var batch = RecordBatch()
        while batch.records.count < maxRecords && batch.storage.count < maxBytes {
            let startLine = line
            guard let row = try nextRow() else { break }
            switch row {
            case .failure(let reason):
                batch.problems.append(ImportProblem(line: startLine, reason: reason))
            case .overLimit(let offset):
                batch.problems.append(ImportProblem(line: startLine, reason: limit.overLimitReason(offset: offset, what: "row")))
            case .success(let fields):
                if fields.count == 1 && fields[0].isEmpty { continue }  // blank line
                guard let header else {
                    self.header = fields.map { String(decoding: $0, as: UTF8.self) }
                    continue
                }
                guard fields.count == header.count else {
                    batch.problems.append(ImportProblem(
                        line: startLine, reason: "row has \(fields.count) fields, the header has \(header.count)"))
                    continue
                }
                let invalid = fields.contains { field in
                    field.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) != nil }
                }
                if invalid {
                    batch.problems.append(ImportProblem(line: startLine, reason: "invalid UTF-8"))
                    continue
                }
                let object = JSONValue.object(zip(header, fields).map { JSONMember($0, .string(String(decoding: $1, as: UTF8.self))) })
                var bytes: [UInt8] = []
                JSONWriter.write(object, into: &bytes)
                bytes.withUnsafeBytes { batch.append(line: startLine, bytes: $0) }
            }
        }
        return batch.isEmpty ? nil : batch
    }

    private enum Row {
        case success([[UInt8]])
        case failure(String)
        /// The row began at this input offset and ran past the limit.
        case overLimit(offset: Int)
    }

    private mutating func byte() throws -> UInt8? {
        if cursor == buffer.count {
            if atEnd { return nil }
            dropped += buffer.count
            buffer.removeAll(keepingCapacity: true)
            cursor = 0
            if try !stream.read(into: &buffer) { atEnd = true; return nil }
        }
        let b = buffer[cursor]
        cursor += 1
        return b
    }

    private mutating func peek() throws -> UInt8? {
        guard let b = try byte() else { return nil }
        cursor -= 1
        return b
    }

    private mutating func nextRow() throws -> Row? {
        guard try peek() != nil else { return nil }
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStarted = false
        let rowStart = dropped + cursor
        var overLimit = false
        while true {
            if !overLimit && dropped + cursor - rowStart > limit.bytes { overLimit = true }
            // Past the limit nothing of the row is kept (emptying empty arrays costs a comparison).
            if overLimit { field.removeAll(keepingCapacity: true); fields.removeAll(keepingCapacity: true) }
            guard let b = try byte() else {
                if overLimit { return .overLimit(offset: stream.skippedPrefix + rowStart) }
                if quoted { return .failure("unterminated quoted field") }
                fields.append(field)
                return .success(fields)
            }
            if quoted {
                if b == 0x22 {
                    if try peek() == 0x22 { _ = try byte(); field.append(0x22) } else { quoted = false }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case 0x22 where !fieldStarted && field.isEmpty:
                quoted = true
                fieldStarted = true
            case 0x2C:
                fields.append(field)
                field = []
                fieldStarted = false
            case 0x0D:
                if try peek() == 0x0A { continue }
                field.append(b)
            case 0x0A:
                line += 1
                if overLimit { return .overLimit(offset: stream.skippedPrefix + rowStart) }
                fields.append(field)
                return .success(fields)
            default:
                field.append(b)
                fieldStarted = true
            }
        }
    }
}
