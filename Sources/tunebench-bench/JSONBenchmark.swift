import ArgumentParser
import Foundation
import TuneBenchCore

/// `tunebench-bench json`: throughput of tunebench's JSON parser over the lines of a generated chat dataset, beside
/// Foundation's `JSONSerialization` and Python's `json.loads` (Benchmarks/json_loads.py) on the same lines. The file
/// is read into memory first; only parsing is timed. MB/s counts every line's bytes, valid or not.
struct JSONBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json", abstract: "JSON parse throughput against JSONSerialization and Python's json.loads.")

    @Option(help: "The JSONL file (generated with `generate`'s mix when missing).")
    var data: String = "/tmp/tunebench-bench/chat-100k.jsonl"

    @Option(help: "Lines to generate when the file is missing.")
    var count = 100_000

    @Option(help: "Runs of each; the median is reported.")
    var runs = 5

    @Flag(help: "Measure even when the load average is above 1 per core (mark the figures noisy).")
    var noisy = false

    func run() throws {
        _ = try MachineContext.check(noisy: noisy)
        let manager = FileManager.default
        if !manager.fileExists(atPath: data) {
            try manager.createDirectory(atPath: URL(fileURLWithPath: data).deletingLastPathComponent().path,
                                        withIntermediateDirectories: true)
            print("generating \(count) lines into \(data) …")
            try DatasetGenerator(count: count, seed: 2026).write(to: data)
        }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: data)))
        let lines = Self.lineRanges(bytes)
        let total = lines.reduce(0) { $0 + $1.count }
        let datas = lines.map { Data(bytes[$0]) }

        var ourParsed = 0, foundationParsed = 0
        let ours = (0..<runs).map { _ in
            Self.time {
                ourParsed = 0
                bytes.withUnsafeBytes { buffer in
                    for range in lines {
                        let line = UnsafeRawBufferPointer(rebasing: buffer[range])
                        // The importer checks UTF-8 before parsing; the benchmark does the same work.
                        guard UTF8Validation.firstInvalidOffset(line) == nil else { continue }
                        if (try? JSONParser.parse(line)) != nil { ourParsed += 1 }
                    }
                }
            }
        }
        let foundation = (0..<runs).map { _ in
            Self.time {
                foundationParsed = 0
                for line in datas where (try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])) != nil {
                    foundationParsed += 1
                }
            }
        }
        let python = try Self.python(file: data, runs: runs)
        func rate(_ seconds: [Double]) -> String { String(format: "%.0f MB/s", Double(total) / 1e6 / seconds.sorted()[seconds.count / 2]) }
        print("file: \(data), \(lines.count) lines, \(total) bytes of JSON text; parsed: tunebench \(ourParsed), "
              + "JSONSerialization \(foundationParsed), json.loads \(python.parsed)")
        print("| tunebench JSONParser | Foundation JSONSerialization | Python json.loads |")
        print("| \(rate(ours)) | \(rate(foundation)) | \(rate(python.seconds)) |")
    }

    static func time(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

    /// Each line's bytes without its newline (the last line may lack one).
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            ranges.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// Runs Benchmarks/json_loads.py, which times json.loads itself (interpreter start-up and file reading excluded).
    static func python(file: String, runs: Int) throws -> (seconds: [Double], parsed: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", ImportBenchmark.repositoryFile("Benchmarks/json_loads.py"), file, String(runs)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("json_loads.py failed") }
        let rows = text.split(separator: "\n").map { $0.split(separator: " ") }
        let seconds = rows.compactMap { $0.first.flatMap { Double($0) } }
        guard seconds.count == runs else { throw ValidationError("json_loads.py printed \(text)") }
        return (seconds, rows.last.flatMap { $0.count > 2 ? Int($0[2]) : nil } ?? 0)
    }
}
