import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// The two file names a split writes for `-o OUT` (``DatasetExport/splitPaths(for:)``).
    public static func splitPaths(for path: String) -> (train: String, validation: String) {
        DatasetExport.splitPaths(for: path)
    }

    /// Writes the chosen examples, in file order, through temporary files renamed only when complete: the
    /// store's read (``withExportSource(_:_:)``) fed to the core's workflow (``DatasetExport``). `progress` gets
    /// the examples handled (of those chosen) and the bytes written.
    public func exportDataset(to path: String, options: DatasetExportOptions,
                              progress: (WorkProgress) -> Void = { _ in }) throws -> DatasetExportReport {
        guard DatasetFormat.exportable.contains(options.format) else { throw DatasetFileError.unknownFormat(options.format.rawValue) }
        return try withExportSource(options) { try DatasetExport.write($0, to: path, options: options, progress: progress) }
    }

    /// Writes the chosen examples to `files` (one path, or the training and validation paths of a split), calling
    /// `observe(fileIndex, line)` with every line written (without its newline), in order.
    public func exportDataset(files paths: [String], options: DatasetExportOptions,
                              observe: ((Int, [UInt8]) throws -> Void)? = nil) throws -> DatasetExportReport {
        try withExportSource(options) { try DatasetExport.write($0, toFiles: paths, options: options, observe: observe) }
    }

    /// Writes the chosen examples as `shards` JSONL files in `directory` with a `manifest.json`
    /// (``DatasetExport/writeShards(_:to:shards:options:progress:)``).
    public func exportShards(to directory: String, shards: Int, options: DatasetExportOptions,
                             progress: (WorkProgress) -> Void = { _ in }) throws -> DatasetExportReport {
        try withExportSource(options, sizes: true) { try DatasetExport.writeShards($0, to: directory, shards: shards, options: options, progress: progress) }
    }

    /// The examples `options` choose (dataset, status, tag), read in one snapshot, handed to `body` with a reader
    /// of their stored records valid while it runs. Fingerprints are read only for a split, record sizes only
    /// when asked (`sizes`, for shards).
    public func withExportSource<T>(_ options: DatasetExportOptions, sizes: Bool = false,
                                    _ body: (ExportSource) throws -> T) throws -> T {
        try pool.read { db in
            let datasets = try Self.resolveDatasets(db, name: options.dataset, allowAll: true)
            var candidates: [ExportSource.Candidate] = []
            for dataset in datasets {
                let size = sizes ? "(SELECT length(CAST(original AS BLOB)) FROM example_text WHERE example_text.id = example.id)" : "0"
                var sql = "SELECT id, key, tags, content_hash, sketch, \(size), status, checks FROM example WHERE +dataset_id = ?"
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
                    let hasErrors = CheckCounts(encoded: row[7]).categories.contains(where: \.isError)
                    if options.withoutErrors && hasErrors { continue }
                    var candidate = ExportSource.Candidate(rowID: row[0], key: ExampleKey.string(row[1]), datasetID: dataset.id,
                                                           size: row[5], status: Self.statusCodes[row[6] as Int], hasErrors: hasErrors)
                    if options.trainFraction != nil {
                        candidate.contentHash = UInt64(bitPattern: row[3])
                        let sketch: Data = row[4]
                        candidate.sketch = sketch.withUnsafeBytes { Array($0.bindMemory(to: UInt16.self)) }
                    }
                    candidates.append(candidate)
                }
            }
            let statement = try db.makeStatement(sql: "SELECT original FROM example_text WHERE id = ?")
            let source = ExportSource(
                datasets: datasets.map { ExportSource.Dataset(id: $0.id, format: $0.format, columnMapping: $0.columnMapping) },
                candidates: candidates,
                original: { rowID in
                    // example_text cascades with its example, so a missing record is a damaged file, not a choice.
                    guard let text = try String.fetchOne(statement, arguments: [rowID]) else {
                        throw DatasetStoreError.noSuchExample("#\(rowID) (its stored record is missing; run tunebench info to check the file)")
                    }
                    return Array(text.utf8)
                })
            return try body(source)
        }
    }
}
