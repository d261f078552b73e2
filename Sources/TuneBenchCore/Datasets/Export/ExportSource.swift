/// The examples an export chose, as the store read them in one snapshot: enough to plan the split, and a way to
/// read each one's stored record when it is written.
public struct ExportSource {
    /// A dataset the examples come from: how its records were stored.
    public struct Dataset: Sendable {
        public var id: Int64
        public var format: DatasetFormat
        public var columnMapping: CSVColumnMapping?

        public init(id: Int64, format: DatasetFormat, columnMapping: CSVColumnMapping?) {
            self.id = id
            self.format = format
            self.columnMapping = columnMapping
        }
    }

    /// One chosen example, in file order.
    public struct Candidate: Sendable {
        public var rowID: Int64
        public var key: String
        public var datasetID: Int64
        /// Exact-content hash and MinHash sketch, read only when the export splits (duplicates stay on one side).
        public var contentHash: UInt64
        public var sketch: [UInt16]
        /// Bytes of the stored record, read only for a sharded export (shards are cut by size).
        public var size: Int
        public var status: ReviewStatus
        /// The example has error findings.
        public var hasErrors: Bool

        public init(rowID: Int64, key: String, datasetID: Int64, contentHash: UInt64 = 0, sketch: [UInt16] = [], size: Int = 0,
                    status: ReviewStatus = .pending, hasErrors: Bool = false) {
            self.rowID = rowID
            self.key = key
            self.datasetID = datasetID
            self.contentHash = contentHash
            self.sketch = sketch
            self.size = size
            self.status = status
            self.hasErrors = hasErrors
        }
    }

    public var datasets: [Dataset]
    public var candidates: [Candidate]
    /// The stored record of a candidate (by row id), read from the same snapshot.
    public var original: (Int64) throws -> [UInt8]

    public init(datasets: [Dataset], candidates: [Candidate], original: @escaping (Int64) throws -> [UInt8]) {
        self.datasets = datasets
        self.candidates = candidates
        self.original = original
    }
}
