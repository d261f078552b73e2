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
    /// Leave out examples with error findings (what a training bundle holds).
    public var withoutErrors: Bool

    public init(format: DatasetFormat = .openaiChat, dataset: String? = nil, status: ReviewStatus? = nil,
                tag: String? = nil, trainFraction: Double? = nil, seed: UInt64 = 0, nearDuplicateThreshold: Double = 0.8,
                withoutErrors: Bool = false) {
        self.format = format
        self.dataset = dataset
        self.status = status
        self.tag = tag
        self.trainFraction = trainFraction
        self.seed = seed
        self.nearDuplicateThreshold = nearDuplicateThreshold
        self.withoutErrors = withoutErrors
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
    /// Of the written examples: how many are not reviewed (pending or flagged), rejected, or have error findings
    /// (what `export` without `--status` warns about; not part of the JSON).
    public var unreviewed = 0
    public var rejected = 0
    public var withErrors = 0

    private enum CodingKeys: String, CodingKey { case files, skipped, manifest }

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
