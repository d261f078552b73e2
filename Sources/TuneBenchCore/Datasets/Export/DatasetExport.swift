import Foundation

/// The export workflow: which file each chosen example goes to (a seeded, duplicate-aware split), and writing
/// them in the target format through writers that replace the output only when complete. Fed by the store's
/// read (``ExportSource``); no SQLite here.
public enum DatasetExport {
    /// The two file names a split writes for `-o OUT`: `OUT.train.EXT` and `OUT.validation.EXT`; for a
    /// directory (`-o DIR/` or an existing one), `DIR/train.jsonl` and `DIR/validation.jsonl` inside it.
    public static func splitPaths(for path: String) -> (train: String, validation: String) {
        var isDirectory: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
            return ("\(directory)/train.jsonl", "\(directory)/validation.jsonl")
        }
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
        let paths = options.trainFraction == nil ? [path] : { let split = splitPaths(for: path); return [split.train, split.validation] }()
        return try write(source, toFiles: paths, options: options, progress: progress)
    }

    /// Writes to `paths` (one file, or the training and validation files of a split), calling `observe(file, line)`
    /// with every line written (without its newline), in order: how a tune plan counts what it wrote.
    public static func write(_ source: ExportSource, toFiles paths: [String], options: DatasetExportOptions,
                             progress: (WorkProgress) -> Void = { _ in },
                             observe: ((Int, [UInt8]) throws -> Void)? = nil) throws -> DatasetExportReport {
        precondition(paths.count == (options.trainFraction == nil ? 1 : 2))
        let side = sides(source.candidates, options: options)
        let written = try writeOutputs(source, options: options, paths: paths, hashing: false, progress: progress,
                                       observe: observe) { side[$0] ? 0 : 1 }
        return report(written, paths: paths)
    }

    private static func report(_ written: Written, paths: [String], manifest: String? = nil) -> DatasetExportReport {
        var report = DatasetExportReport(
            files: zip(paths, written.counts).map { DatasetExportReport.ExportedFile(path: $0, examples: $1) },
            skipped: written.skipped, manifest: manifest)
        report.unreviewed = written.unreviewed
        report.rejected = written.rejected
        report.withErrors = written.withErrors
        return report
    }

    /// Writes the source's examples as `shards` JSONL files of about equal size in `directory` (`part-00000.jsonl`…;
    /// with a split, `train/part-…` and `validation/part-…`), in order, and a `manifest.json` describing them
    /// (``ShardManifest``). The directory is created if needed; part files of an earlier export there are replaced.
    public static func writeShards(_ source: ExportSource, to directory: String, shards: Int, options: DatasetExportOptions,
                                   progress: (WorkProgress) -> Void = { _ in }) throws -> DatasetExportReport {
        guard shards >= 1 else { throw DatasetFileError.unknownFormat("--shards \(shards) (give 1 or more)") }
        let side = sides(source.candidates, options: options)
        let sideNames = options.trainFraction == nil ? [""] : ["train/", "validation/"]
        // Each side's examples, cut into `shards` runs of consecutive examples of about equal bytes: an example
        // goes to the shard its midpoint falls in (by stored-record size, the output's size give or take the format).
        let sideOf = { (index: Int) in side[index] || sideNames.count == 1 ? 0 : 1 }
        var sideBytes = [0, 0], bytesBefore = [Int](repeating: 0, count: side.count)
        for index in side.indices {
            bytesBefore[index] = sideBytes[sideOf(index)]
            sideBytes[sideOf(index)] += max(1, source.candidates[index].size)
        }
        let paths = sideNames.flatMap { name in (0..<shards).map { "\(directory)/\(name)part-\(String(format: "%05d", $0)).jsonl" } }
        try ShardDirectory.prepare(directory, subdirectories: sideNames.filter { !$0.isEmpty })
        let written = try writeOutputs(source, options: options, paths: paths, hashing: true, progress: progress) { index in
            let s = sideOf(index)
            let midpoint = Double(bytesBefore[index]) + Double(max(1, source.candidates[index].size)) / 2
            return s * shards + min(shards - 1, Int(midpoint * Double(shards) / Double(max(1, sideBytes[s]))))
        }
        let manifest = ShardManifest(
            format: options.format.rawValue, split: options.trainFraction, seed: options.trainFraction == nil ? nil : options.seed,
            examples: written.counts.reduce(0, +), contentSHA256: written.contentDigest,
            shards: paths.indices.map { i in
                ShardManifest.Shard(path: String(paths[i].dropFirst(directory.count + 1)), split: sideNames.count == 1 ? nil : String(sideNames[i / shards].dropLast()),
                                    examples: written.counts[i], bytes: written.bytes[i], sha256: written.digests[i])
            }, skipped: written.skipped)
        let manifestPath = "\(directory)/manifest.json"
        try manifest.write(to: manifestPath)
        return report(written, paths: paths, manifest: manifestPath)
    }

    /// What writing the outputs came to: examples, bytes and (when hashing) SHA-256 per output, and of all
    /// records in order.
    private struct Written {
        var counts: [Int]
        var bytes: [Int]
        var digests: [String]
        var contentDigest: String
        var skipped: [String: Int]
        var unreviewed = 0, rejected = 0, withErrors = 0
    }

    /// Converts each candidate in order and appends it to the output `target(index)` names.
    private static func writeOutputs(_ source: ExportSource, options: DatasetExportOptions, paths: [String], hashing: Bool,
                                     progress: (WorkProgress) -> Void, observe: ((Int, [UInt8]) throws -> Void)? = nil,
                                     target: (Int) -> Int) throws -> Written {
        guard DatasetFormat.exportable.contains(options.format) else { throw DatasetFileError.unknownFormat(options.format.rawValue) }
        let writers = try paths.map { try SafeFileWriter(path: $0) }
        var counts = [Int](repeating: 0, count: paths.count), bytes = counts
        var hashes = [SHA256](repeating: SHA256(), count: hashing ? paths.count : 0), content = SHA256()
        var skipped: [String: Int] = [:]
        var unreviewed = 0, rejected = 0, withErrors = 0
        let exporters = Dictionary(uniqueKeysWithValues: source.datasets.map {
            ($0.id, ExampleExporter(sourceFormat: $0.format, targetFormat: options.format, columnMapping: $0.columnMapping))
        })
        let total = source.candidates.count
        var written = 0
        for (index, candidate) in source.candidates.enumerated() {
            if index % 256 == 0 { progress(WorkProgress(records: index, totalRecords: total, bytes: written)) }
            guard let exporter = exporters[candidate.datasetID] else { continue }
            switch exporter.export(original: try source.original(candidate.rowID)) {
            case .success(var line):
                let output = target(index)
                try observe?(output, line)
                line.append(0x0A)
                if candidate.hasErrors { withErrors += 1 }
                switch candidate.status {
                case .pending, .flagged: unreviewed += 1
                case .rejected: rejected += 1
                case .accepted: break
                }
                try writers[output].write(line)
                counts[output] += 1
                bytes[output] += line.count
                written += line.count
                if hashing {
                    hashes[output].update(line)
                    content.update(line)
                }
            case .failure(let reason):
                skipped[reason.rawValue, default: 0] += 1
            }
        }
        progress(WorkProgress(records: total, totalRecords: total, bytes: written))
        for writer in writers { try writer.commit() }
        return Written(counts: counts, bytes: bytes, digests: hashes.map { $0.hexDigest() }, contentDigest: content.hexDigest(),
                       skipped: skipped, unreviewed: unreviewed, rejected: rejected, withErrors: withErrors)
    }
}
