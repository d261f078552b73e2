/// A run of raw records read from a dataset file: their bytes in one buffer plus where each one starts.
///
/// One buffer per batch instead of one array per record keeps a million-record import from allocating a million
/// times on the reading thread.
public struct RecordBatch: Sendable {
    /// The bytes of every record of the batch, back to back.
    public var storage: [UInt8] = []
    /// Each record: the 1-based line of the file where it starts, and its byte range in `storage`.
    public var records: [RawRecordSpan] = []
    /// Lines the reader itself could not turn into a record (e.g. a CSV row with an unterminated quote).
    public var problems: [ImportProblem] = []

    public init() {}

    /// Appends one record's bytes.
    public mutating func append(line: Int, bytes: UnsafeRawBufferPointer) {
        let start = storage.count
        storage.append(contentsOf: bytes)
        records.append(RawRecordSpan(line: line, range: start..<storage.count))
    }

    public var isEmpty: Bool { records.isEmpty && problems.isEmpty }
}

/// Where one record sits in a batch.
public struct RawRecordSpan: Sendable, Equatable {
    public var line: Int
    public var range: Range<Int>
}

/// A record that could not be imported, with the file line it starts on.
public struct ImportProblem: Sendable, Equatable, Codable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

/// Something that yields a dataset file's records in batches, streaming.
public protocol RecordSource {
    /// The next batch, or nil at the end of the input.
    mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws -> RecordBatch?
}
