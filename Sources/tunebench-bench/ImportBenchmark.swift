import ArgumentParser
import Foundation
import TuneBenchCore

/// `tunebench-bench generate OUT`: writes the synthetic dataset.
struct GenerateDataset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write the deterministic synthetic chat dataset (performance.md's mix).")

    @Argument(help: "The JSONL file to write.")
    var output: String

    @Option(help: "Number of lines.")
    var count = 1_000_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2026

    func run() throws {
        try DatasetGenerator(count: count, seed: seed).write(to: output)
        let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print("wrote \(count) lines, \(size) bytes to \(output)")
    }
}

/// `tunebench-bench import`: the issue-4 import benchmark. Runs the Python importer and `tunebench import` on
/// the same file side by side, then `tunebench validate`, and prints the figures for BENCHMARKS.md.
struct ImportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Time tunebench import (+ validate) against the json.loads + executemany Python importer.")

    @Option(help: "The dataset file (generated when missing).")
    var data: String = "/tmp/tunebench-bench/chat-1m.jsonl"

    @Option(help: "Lines to generate when the file is missing.")
    var count = 1_000_000

    @Option(help: "Runs of each job; the median is reported.")
    var runs = 1

    @Option(help: "The release tunebench binary (default: next to this benchmark).")
    var tunebench: String?

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        let manager = FileManager.default
        let workDirectory = URL(fileURLWithPath: data).deletingLastPathComponent().path
        try manager.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        if !manager.fileExists(atPath: data) {
            print("generating \(count) lines into \(data) …")
            try DatasetGenerator(count: count, seed: 2026).write(to: data)
        }
        let inputBytes = (try manager.attributesOfItem(atPath: data)[.size] as? Int) ?? 0
        let binary = tunebench ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("tunebench").path
        let script = Self.repositoryFile("Benchmarks/python_import.py")
        let project = workDirectory + "/bench.tunebench"
        let pythonDB = workDirectory + "/python.db"

        var python: [Measurement] = [], swift: [Measurement] = [], validate: [Measurement] = []
        var projectBytes = 0, pythonBytes = 0
        for run in 1...runs {
            for path in [pythonDB, pythonDB + "-wal", pythonDB + "-shm", project, project + "-wal", project + "-shm"] {
                try? manager.removeItem(atPath: path)
            }
            python.append(try Measurement.timed(["python3", script, data, pythonDB]))
            pythonBytes = Self.size(pythonDB) + Self.size(pythonDB + "-wal")
            _ = try Measurement.timed([binary, "new", project])
            swift.append(try Measurement.timed([binary, "import", project, data, "--dataset", "bench"]))
            projectBytes = Self.size(project) + Self.size(project + "-wal")
            validate.append(try Measurement.timed([binary, "validate", project, "--json"], acceptedStatuses: [0, 1]))
            print("run \(run): python \(python.last!.summary); tunebench import \(swift.last!.summary); validate \(validate.last!.summary)")
        }
        let p = Measurement.median(python), s = Measurement.median(swift), v = Measurement.median(validate)
        let lines = [
            "| job (\(count) lines, \(Self.megabytes(inputBytes)) MB) | wall (median of \(runs)) | peak RSS | result size |",
            "| --- | --- | --- | --- |",
            "| Python json.loads + executemany, two tables, one transaction | \(p.seconds.fixed(1)) s | \(p.maxRSSMegabytes) MB | \(Self.megabytes(pythonBytes)) MB |",
            "| `tunebench import` (validation, duplicate hashes + MinHash, token counts: exact when the rank files are present) | \(s.seconds.fixed(1)) s (CPU \(s.cpuSeconds.fixed(1)) s) | \(s.maxRSSMegabytes) MB | \(Self.megabytes(projectBytes)) MB (\((Double(projectBytes) / Double(max(1, inputBytes))).fixed(2))× input) |",
            "| `tunebench validate` over the stored examples | \(v.seconds.fixed(1)) s | \(v.maxRSSMegabytes) MB | |",
            "",
            "speed-up over Python: \((p.seconds / s.seconds).fixed(2))×",
        ]
        print(lines.joined(separator: "\n"))
    }

    static func repositoryFile(_ relative: String) -> String {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return relative
    }

    static func size(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0 }
    static func megabytes(_ bytes: Int) -> Int { bytes / 1_000_000 }
}

/// Wall time, CPU time and peak RSS of one child process, measured by /usr/bin/time.
struct Measurement {
    var seconds: Double
    var maxRSSKilobytes: Int
    /// User + system CPU seconds: above `seconds` when the work ran on more than one core.
    var cpuSeconds: Double = 0

    var maxRSSMegabytes: Int { maxRSSKilobytes * 1024 / 1_000_000 }
    var summary: String { "\(seconds.fixed(1)) s (CPU \(cpuSeconds.fixed(1)) s), \(maxRSSMegabytes) MB" }

    static func timed(_ arguments: [String], acceptedStatuses: Set<Int32> = [0]) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "TBBENCH %e %M %U %S"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard acceptedStatuses.contains(process.terminationStatus),
              let line = stderr.split(separator: "\n").last(where: { $0.hasPrefix("TBBENCH ") }) else {
            throw ValidationError("\(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(stderr.suffix(500))")
        }
        let fields = line.split(separator: " ")
        let cpu = fields.count > 4 ? (Double(fields[3]) ?? 0) + (Double(fields[4]) ?? 0) : 0
        return Measurement(seconds: Double(fields[1]) ?? 0, maxRSSKilobytes: Int(fields[2]) ?? 0, cpuSeconds: cpu)
    }

    static func median(_ values: [Measurement]) -> Measurement {
        let sorted = values.sorted { $0.seconds < $1.seconds }
        return sorted[sorted.count / 2]
    }
}

extension Double {
    func fixed(_ digits: Int) -> String { String(format: "%.\(digits)f", self) }
}
