import Foundation
import GRDB
import TuneBenchCore

/// What to export.
public struct DatasetExportOptions: Sendable {
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
    /// Of the written examples: how many are not reviewed (pending or flagged), rejected, or have error findings
    /// (what `export` without `--status` warns about; not part of the JSON).
    public var unreviewed = 0
    public var rejected = 0
    public var withErrors = 0

    private enum CodingKeys: String, CodingKey { case files, skipped }

    public struct ExportedFile: Sendable, Equatable, Codable {
        public var path: String
        public var examples: Int
    }
}

extension ProjectStore {
    /// The two file names a split writes for `-o OUT`: `OUT.train.EXT` and `OUT.validation.EXT`.
    public static func splitPaths(for path: String) -> (train: String, validation: String) {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.isEmpty ? "jsonl" : url.pathExtension
        let base = url.deletingPathExtension().path
        return ("\(base).train.\(ext)", "\(base).validation.\(ext)")
    }

    /// Writes the chosen examples, in file order, through temporary files renamed only when complete.
    public func exportDataset(to path: String, options: DatasetExportOptions) throws -> DatasetExportReport {
        let files: [String] = options.trainFraction == nil ? [path] : { let s = Self.splitPaths(for: path); return [s.train, s.validation] }()
        return try exportDataset(files: files, options: options)
    }

    /// Writes the chosen examples to `files` (one path, or the training and validation paths of a split), calling
    /// `observe(fileIndex, line)` with every line written (without its newline), in order.
    public func exportDataset(files paths: [String], options: DatasetExportOptions,
                              observe: ((Int, [UInt8]) throws -> Void)? = nil) throws -> DatasetExportReport {
        precondition(paths.count == (options.trainFraction == nil ? 1 : 2))
        guard DatasetFormat.exportable.contains(options.format) else { throw DatasetFileError.unknownFormat(options.format.rawValue) }
        return try pool.read { db in
            let datasets = try Self.resolveDatasets(db, name: options.dataset, allowAll: true)
            var chosen: [(rowID: Int64, key: String, datasetID: Int64, status: ReviewStatus, hasErrors: Bool)] = []
            var hashes: [UInt64] = []
            var sketches: [UInt16] = []
            for dataset in datasets {
                var sql = "SELECT id, key, tags, content_hash, sketch, status, checks FROM example WHERE +dataset_id = ?"
                var arguments: StatementArguments = [dataset.id]
                if let status = options.status {
                    sql += " AND status = ?"
                    _ = arguments.append(contentsOf: [Self.statusCodes.firstIndex(of: status)!])
                }
                let cursor = try Row.fetchCursor(db, sql: sql + " ORDER BY id", arguments: arguments)
                while let row = try cursor.next() {
                    if let tag = options.tag {
                        let tags: String = row[2]
                        guard !tags.isEmpty, (try? JSONDecoder().decode([String].self, from: Data(tags.utf8)))?.contains(tag) == true else { continue }
                    }
                    let hasErrors = CheckCounts(encoded: row[6]).categories.contains(where: \.isError)
                    if options.withoutErrors && hasErrors { continue }
                    chosen.append((row[0], ExampleKey.string(row[1]), dataset.id, Self.statusCodes[row[5] as Int], hasErrors))
                    if options.trainFraction != nil {
                        hashes.append(UInt64(bitPattern: row[3]))
                        let sketch: Data = row[4]
                        sketch.withUnsafeBytes { sketches.append(contentsOf: $0.bindMemory(to: UInt16.self)) }
                    }
                }
            }
            var side = [Bool](repeating: true, count: chosen.count)
            if let fraction = options.trainFraction {
                let groups = DuplicateFinder(threshold: options.nearDuplicateThreshold)
                    .analyse(exactHashes: hashes, sketches: sketches).group
                side = DatasetSplit.assign(ids: chosen.map(\.key), group: groups, trainFraction: fraction, seed: options.seed)
            }
            var report = DatasetExportReport(files: [], skipped: [:])
            let writers = try paths.map { try AtomicFileWriter(path: $0) }
            var counts = [Int](repeating: 0, count: paths.count)
            var skipped: [String: Int] = [:]
            let exporters = Dictionary(uniqueKeysWithValues: datasets.map {
                ($0.id, ExampleExporter(sourceFormat: $0.format, targetFormat: options.format, columnMapping: $0.columnMapping))
            })
            let statement = try db.makeStatement(sql: "SELECT original FROM example_text WHERE id = ?")
            for (i, example) in chosen.enumerated() {
                let original = try String.fetchOne(statement, arguments: [example.rowID])!
                switch exporters[example.datasetID]!.export(original: Array(original.utf8)) {
                case .success(let bytes):
                    let target = side[i] ? 0 : 1
                    try writers[target].write(bytes)
                    try writers[target].write(CollectionOfOne(0x0A))
                    counts[target] += 1
                    try observe?(target, bytes)
                    if example.hasErrors { report.withErrors += 1 }
                    switch example.status {
                    case .pending, .flagged: report.unreviewed += 1
                    case .rejected: report.rejected += 1
                    case .accepted: break
                    }
                case .failure(let reason):
                    skipped[reason.rawValue, default: 0] += 1
                }
            }
            for writer in writers { try writer.commit() }
            report.files = zip(paths, counts).map { DatasetExportReport.ExportedFile(path: $0, examples: $1) }
            report.skipped = skipped
            return report
        }
    }
}
