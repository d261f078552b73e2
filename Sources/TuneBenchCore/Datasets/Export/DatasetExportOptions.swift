/// What to export.
public struct DatasetExportOptions: Sendable, Equatable {
    public var format: DatasetFormat
    public var dataset: String?
    public var status: ReviewStatus?
    public var tag: String?
    /// The share of examples for training; nil writes one file.
    public var trainFraction: Double?
    public var seed: UInt64
    /// Duplicate groups kept on one side of a split use this near-duplicate threshold.
    public var nearDuplicateThreshold: Double

    public init(format: DatasetFormat = .openaiChat, dataset: String? = nil, status: ReviewStatus? = nil,
                tag: String? = nil, trainFraction: Double? = nil, seed: UInt64 = 0, nearDuplicateThreshold: Double = 0.8) {
        self.format = format
        self.dataset = dataset
        self.status = status
        self.tag = tag
        self.trainFraction = trainFraction
        self.seed = seed
        self.nearDuplicateThreshold = nearDuplicateThreshold
    }
}

/// What an export wrote.
public struct DatasetExportReport: Sendable, Equatable, Codable {
    /// Each written file and its number of examples.
    public var files: [ExportedFile]
    /// Examples chosen but not expressible in the format, by reason.
    public var skipped: [String: Int]
    /// The `manifest.json` of a sharded export.
    public var manifest: String?

    public init(files: [ExportedFile], skipped: [String: Int], manifest: String? = nil) {
        self.files = files
        self.skipped = skipped
        self.manifest = manifest
    }

    public struct ExportedFile: Sendable, Equatable, Codable {
        public var path: String
        public var examples: Int
    }
}
