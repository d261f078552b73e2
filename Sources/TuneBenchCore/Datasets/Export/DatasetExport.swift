import Foundation

/// The export workflow: which file each chosen example goes to (a seeded, duplicate-aware split), and writing
/// them in the target format through writers that replace the output only when complete. Fed by the store's
/// read (``ExportSource``); no SQLite here.
public enum DatasetExport {
    /// The two file names a split writes for `-o OUT`: `OUT.train.EXT` and `OUT.validation.EXT`.
    public static func splitPaths(for path: String) -> (train: String, validation: String) {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.isEmpty ? "jsonl" : url.pathExtension
        let base = url.deletingPathExtension().path
        return ("\(base).train.\(ext)", "\(base).validation.\(ext)")
    }

    /// For each candidate, true for the training side: all true without a split; duplicates (exact or near)
    /// always on the same side, deterministically for the seed.
    public static func sides(_ candidates: [ExportSource.Candidate], options: DatasetExportOptions) -> [Bool] {
        guard let fraction = options.trainFraction else { return [Bool](repeating: true, count: candidates.count) }
        let groups = DuplicateFinder(threshold: options.nearDuplicateThreshold)
            .analyse(exactHashes: candidates.map(\.contentHash), sketches: candidates.flatMap(\.sketch)).group
        return DatasetSplit.assign(ids: candidates.map(\.key), group: groups, trainFraction: fraction, seed: options.seed)
    }

    /// Writes the source's examples to `path` (or its split pair) in the options' format; `progress` hears the
    /// examples handled and the bytes written every 256 examples and at the end.
    public static func write(_ source: ExportSource, to path: String, options: DatasetExportOptions,
                             progress: (WorkProgress) -> Void = { _ in }) throws -> DatasetExportReport {
        guard DatasetFormat.exportable.contains(options.format) else { throw DatasetFileError.unknownFormat(options.format.rawValue) }
        let side = sides(source.candidates, options: options)
        let paths = options.trainFraction == nil ? [path] : { let split = splitPaths(for: path); return [split.train, split.validation] }()
        let writers = try paths.map { try AtomicFileWriter(path: $0) }
        var counts = [Int](repeating: 0, count: paths.count)
        var skipped: [String: Int] = [:]
        let exporters = Dictionary(uniqueKeysWithValues: source.datasets.map {
            ($0.id, ExampleExporter(sourceFormat: $0.format, targetFormat: options.format, columnMapping: $0.columnMapping))
        })
        let total = source.candidates.count
        var written = 0
        for (index, candidate) in source.candidates.enumerated() {
            if index % 256 == 0 { progress(WorkProgress(records: index, totalRecords: total, bytes: written)) }
            guard let exporter = exporters[candidate.datasetID] else { continue }
            switch exporter.export(original: try source.original(candidate.rowID)) {
            case .success(let bytes):
                let target = side[index] ? 0 : 1
                try writers[target].write(bytes)
                try writers[target].write(CollectionOfOne(0x0A))
                counts[target] += 1
                written += bytes.count + 1
            case .failure(let reason):
                skipped[reason.rawValue, default: 0] += 1
            }
        }
        progress(WorkProgress(records: total, totalRecords: total, bytes: written))
        for writer in writers { try writer.commit() }
        return DatasetExportReport(
            files: zip(paths, counts).map { DatasetExportReport.ExportedFile(path: $0, examples: $1) }, skipped: skipped)
    }
}
