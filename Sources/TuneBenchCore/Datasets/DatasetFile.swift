/// A dataset file opened for import: its container, its record format and a streaming record source.
public struct DatasetFile {
    public let path: String
    public let container: DatasetContainer
    public let format: DatasetFormat
    /// For CSV files: the mapping given or guessed from the header.
    public let columnMapping: CSVColumnMapping?
    /// The byte stream the source reads (size and SHA-256 are final once the source is drained).
    public let stream: ByteStream
    public let source: any RecordSource

    /// How many leading records auto-detection looks at.
    static let detectionRecords = 64

    /// Opens `path` (`-` is standard input; pipes and FIFOs work: the probes' bytes are read once), detecting the
    /// container from the first byte (`[` is a JSON array, else JSON Lines; `.csv` files are CSV) and the format
    /// from the first records unless `format` is given. No reader (the probes' included) holds more than `limit`
    /// bytes of one record: a longer one is a problem of its line.
    public init(path: String, format: DatasetFormat? = nil, columnMapping: CSVColumnMapping? = nil,
                limit: RecordLimit = .default) throws {
        self.path = path
        let input = try InputSource(path: path)
        let plainName = [".gz", ".zst", ".zstd"].reduce(path.lowercased()) { name, suffix in name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name }
        if format == .csv || (format == nil && plainName.hasSuffix(".csv")) {
            try Self.refuseBinary(input)
            var probe = CSVReader(stream: try ByteStream(input: input), limit: limit)
            _ = try probe.nextBatch(maxRecords: 1, maxBytes: 1 << 20)
            guard let mapping = columnMapping ?? CSVColumnMapping.guess(columns: probe.columns) else {
                throw DatasetFileError.badColumnMapping(
                    "cannot guess which columns hold the roles (columns: \(probe.columns.joined(separator: ", "))); give --columns user=COLUMN,assistant=COLUMN")
            }
            if let missing = mapping.columns.first(where: { !probe.columns.contains($0.column) }) {
                throw DatasetFileError.badColumnMapping("no column named '\(missing.column)'")
            }
            container = .csv
            self.format = .csv
            self.columnMapping = mapping
            try input.rewind(final: true)
            stream = try ByteStream(input: input)
            source = CSVReader(stream: stream, limit: limit)
            return
        }
        container = try Self.detectContainer(input)
        self.columnMapping = nil
        if let format {
            self.format = format
        } else {
            var probe = Self.makeSource(container, try ByteStream(input: input), limit: limit)
            let batch = try probe.nextBatch(maxRecords: Self.detectionRecords, maxBytes: 16 << 20) ?? RecordBatch()
            let recognised = batch.records.lazy.compactMap { span -> DatasetFormat? in
                batch.storage.withUnsafeBytes { raw in
                    (try? JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[span.range]))).flatMap(DatasetFormat.recognise)
                }
            }.first
            guard let recognised else { throw DatasetFileError.undetectableFormat(path) }
            self.format = recognised
            try input.rewind(final: false)
        }
        try input.rewind(final: true)
        stream = try ByteStream(input: input)
        source = Self.makeSource(container, stream, limit: limit)
    }

    private static func makeSource(_ container: DatasetContainer, _ stream: ByteStream, limit: RecordLimit) -> any RecordSource {
        switch container {
        case .jsonArray: JSONArrayReader(stream: stream, limit: limit)
        case .jsonValues: JSONArrayReader(stream: stream, insideArray: false, limit: limit)
        case .jsonLines, .csv: JSONLinesReader(stream: stream, limit: limit)
        }
    }

    /// Refuses a source that cannot be a dataset (missing, a directory, unreadable, binary) before anything is
    /// opened for writing. A pipe, FIFO or standard input is only checked for existence: reading it would
    /// consume it.
    public static func checkReadable(path: String) throws {
        if path == "-" || InputSource.isFIFO(path) { return }
        let input = try InputSource(path: path)
        guard input.isSeekable else { return }
        try refuseBinary(input)
    }

    /// How much of the start the container and binary checks look at.
    private static let peekBytes = 64 << 10

    /// The first bytes of the (decompressed) input, then back to the start.
    private static func peek(_ input: InputSource) throws -> [UInt8] {
        let stream = try ByteStream(input: input, chunkSize: peekBytes)
        var bytes: [UInt8] = []
        _ = try stream.read(into: &bytes)
        try input.rewind(final: false)
        return Array(bytes.prefix(peekBytes))
    }

    /// Binary input: at least 16 NUL or control bytes (other than tab, newline, carriage return) making 5% or more
    /// of the first 64 KiB: `/dev/zero`, `/dev/urandom`, an image, a UTF-16 file. Refused before any line is
    /// buffered; a stray NUL in one damaged record stays that record's problem.
    private static func refuseBinary(_ input: InputSource) throws {
        try refuseBinary(try peek(input), path: input.path)
    }

    private static func refuseBinary(_ start: [UInt8], path: String) throws {
        let control = start.reduce(0) { count, byte in
            count + ((byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F ? 1 : 0)
        }
        if control >= 16 && control * 20 >= start.count {
            throw DatasetFileError.binary(path, controlBytes: control, of: start.count)
        }
    }

    /// `[` first: a JSON array. `{` alone on the first line: pretty-printed values. Otherwise JSON Lines.
    /// Binary input is refused here.
    private static func detectContainer(_ input: InputSource) throws -> DatasetContainer {
        let start = try peek(input)
        try refuseBinary(start, path: input.path)
        let isSpace: (UInt8) -> Bool = { [0x20, 0x09, 0x0D].contains($0) }
        guard let first = start.firstIndex(where: { !isSpace($0) && $0 != 0x0A }) else { return .jsonLines }
        if start[first] == UInt8(ascii: "[") { return .jsonArray }
        if start[first] == UInt8(ascii: "{"),
           start[(first + 1)...].prefix(while: { $0 != 0x0A }).allSatisfy(isSpace),
           start[(first + 1)...].contains(0x0A) { return .jsonValues }
        return .jsonLines
    }
}
