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
    /// `progress` gets the examples handled (of those chosen) and the bytes written.
    public func exportDataset(to path: String, options: DatasetExportOptions,
                              progress: (WorkProgress) -> Void = { _ in }) throws -> DatasetExportReport {
        guard DatasetFormat.exportable.contains(options.format) else { throw DatasetFileError.unknownFormat(options.format.rawValue) }
        return try pool.read { db in
            let datasets = try Self.resolveDatasets(db, name: options.dataset, allowAll: true)
            var chosen: [(rowID: Int64, key: String, datasetID: Int64)] = []
            var hashes: [UInt64] = []
            var sketches: [UInt16] = []
            for dataset in datasets {
                var sql = "SELECT id, key, tags, content_hash, sketch FROM example WHERE +dataset_id = ?"
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
                    chosen.append((row[0], ExampleKey.string(row[1]), dataset.id))
                    if options.trainFraction != nil {
                        hashes.append(UInt64(bitPattern: row[3]))
                        let sketch: Data = row[4]
                        sketch.withUnsafeBytes { sketches.append(contentsOf: $0.bindMemory(to: UInt16.self)) }
                    }
                }
            }
            var side = [Bool](repeating: true, count: chosen.count)
            var paths = [path]
            if let fraction = options.trainFraction {
                let groups = DuplicateFinder(threshold: options.nearDuplicateThreshold)
                    .analyse(exactHashes: hashes, sketches: sketches).group
                side = DatasetSplit.assign(ids: chosen.map(\.key), group: groups, trainFraction: fraction, seed: options.seed)
                let split = Self.splitPaths(for: path)
                paths = [split.train, split.validation]
            }
            let writers = try paths.map { try AtomicFileWriter(path: $0) }
            var counts = [Int](repeating: 0, count: paths.count)
            var skipped: [String: Int] = [:]
            let exporters = Dictionary(uniqueKeysWithValues: datasets.map {
                ($0.id, ExampleExporter(sourceFormat: $0.format, targetFormat: options.format, columnMapping: $0.columnMapping))
            })
            let statement = try db.makeStatement(sql: "SELECT original FROM example_text WHERE id = ?")
            var written = 0
            for (i, example) in chosen.enumerated() {
                if i % 256 == 0 { progress(WorkProgress(records: i, totalRecords: chosen.count, bytes: written)) }
                let original = try String.fetchOne(statement, arguments: [example.rowID])!
                switch exporters[example.datasetID]!.export(original: Array(original.utf8)) {
                case .success(let bytes):
                    let target = side[i] ? 0 : 1
                    try writers[target].write(bytes)
                    try writers[target].write(CollectionOfOne(0x0A))
                    counts[target] += 1
                    written += bytes.count + 1
                case .failure(let reason):
                    skipped[reason.rawValue, default: 0] += 1
                }
            }
            progress(WorkProgress(records: chosen.count, totalRecords: chosen.count, bytes: written))
            for writer in writers { try writer.commit() }
            return DatasetExportReport(
                files: zip(paths, counts).map { DatasetExportReport.ExportedFile(path: $0, examples: $1) }, skipped: skipped)
        }
    }
}
