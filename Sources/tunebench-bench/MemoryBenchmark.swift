import ArgumentParser
import Foundation

/// `tunebench-bench memory`: the resource-limit check of issue 12. Imports a generated JSONL file of about 200 MB
/// and one of about 2 GB (same line mix, ten times the lines) into fresh projects and reports each import's peak
/// resident memory: flat memory means the 2 GB figure stays close to the 200 MB one. The files and projects are
/// deleted afterwards; the free space of the work directory is checked first.
struct MemoryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory", abstract: "Peak RSS of tunebench import on ~200 MB and ~2 GB JSONL files (deleted after).")

    @Option(help: "Where the files and projects go (needs about 5 GB free).")
    var directory = "/tmp/tunebench-bench-memory"

    @Option(help: "Lines of the large file (about 2.3 KB each).")
    var lines = 900_000

    @Option(help: "The release tunebench binary (default: next to this benchmark).")
    var tunebench: String?

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: directory) }
        let free = ((try? manager.attributesOfFileSystem(forPath: directory)[.systemFreeSize]) as? Int) ?? 0
        let needed = lines * 2_300 * 3
        guard free > needed else {
            throw ValidationError("\(directory): \(free / 1_000_000) MB free, the benchmark needs about \(needed / 1_000_000) MB")
        }
        let binary = tunebench ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("tunebench").path
        var rows: [String] = []
        for count in [lines / 10, lines] {
            let data = "\(directory)/chat-\(count).jsonl", project = "\(directory)/memory-\(count).tunebench"
            print("generating \(count) lines …")
            try DatasetGenerator(count: count, seed: 2026).write(to: data)
            let bytes = ImportBenchmark.size(data)
            _ = try Measurement.timed([binary, "new", project])
            let imported = try Measurement.timed([binary, "import", project, data, "--dataset", "memory"])
            print("\(count) lines, \(ImportBenchmark.megabytes(bytes)) MB: \(imported.summary)")
            rows.append("| \(count) lines, \(ImportBenchmark.megabytes(bytes)) MB | \(imported.seconds.fixed(1)) s | \(imported.maxRSSMegabytes) MB |")
            for path in [data, project, project + "-wal", project + "-shm"] { try? manager.removeItem(atPath: path) }
        }
        print((["| `tunebench import` of | wall | peak RSS |", "| --- | --- | --- |"] + rows).joined(separator: "\n"))
    }
}
