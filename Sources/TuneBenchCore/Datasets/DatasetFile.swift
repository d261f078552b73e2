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

    /// Opens `path`, detecting the container from the first byte (`[` is a JSON array, else JSON Lines; `.csv`
    /// files are CSV) and the format from the first records unless `format` is given.
    public init(path: String, format: DatasetFormat? = nil, columnMapping: CSVColumnMapping? = nil) throws {
        self.path = path
        let plainName = [".gz", ".zst", ".zstd"].reduce(path.lowercased()) { name, suffix in name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name }
        if format == .csv || (format == nil && plainName.hasSuffix(".csv")) {
            var probe = CSVReader(stream: try ByteStream(path: path))
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
            stream = try ByteStream(path: path)
            source = CSVReader(stream: stream)
            return
        }
        container = try Self.detectContainer(path: path)
        self.columnMapping = nil
        if let format {
            self.format = format
        } else {
            var probe = Self.makeSource(container, try ByteStream(path: path))
            let batch = try probe.nextBatch(maxRecords: Self.detectionRecords, maxBytes: 16 << 20) ?? RecordBatch()
            let recognised = batch.records.lazy.compactMap { span -> DatasetFormat? in
                batch.storage.withUnsafeBytes { raw in
                    (try? JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[span.range]))).flatMap(DatasetFormat.recognise)
                }
            }.first
            guard let recognised else { throw DatasetFileError.undetectableFormat(path) }
            self.format = recognised
        }
        stream = try ByteStream(path: path)
        source = Self.makeSource(container, stream)
    }

    private static func makeSource(_ container: DatasetContainer, _ stream: ByteStream) -> any RecordSource {
        switch container {
        case .jsonArray: JSONArrayReader(stream: stream)
        case .jsonValues: JSONArrayReader(stream: stream, insideArray: false)
        case .jsonLines, .csv: JSONLinesReader(stream: stream)
        }
    }

    /// `[` first: a JSON array. `{` alone on the first line: pretty-printed values. Otherwise JSON Lines.
    private static func detectContainer(path: String) throws -> DatasetContainer {
        var lines = JSONLinesReader(stream: try ByteStream(path: path, chunkSize: 64 << 10))
        guard let batch = try lines.nextBatch(maxRecords: 1, maxBytes: 1),
              let first = batch.records.first else { return .jsonLines }
        let line = batch.storage[first.range].filter { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if line.first == UInt8(ascii: "[") { return .jsonArray }
        if line == [UInt8(ascii: "{")] { return .jsonValues }
        return .jsonLines
    }
}
