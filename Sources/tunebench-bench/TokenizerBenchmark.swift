import ArgumentParser
import Foundation
import TuneBenchCore

/// `tunebench-bench tokenizer`: single-thread MB/s of tunebench's BPE against Python tiktoken on the same message
/// text in the same run, all-core counting, and a pathological one-word input. Prints Markdown for BENCHMARKS.md.
struct TokenizerBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Tokenizer throughput against Python tiktoken (needs the rank files; see `tunebench tokenizer install`).")

    @Option(help: "Megabytes of generated chat message text.")
    var megabytes = 20

    @Option(help: "Take the message texts from this chat JSONL file instead of generating them.")
    var file: String?

    @Option(help: "Timed runs per measurement (the median is reported).")
    var runs = 5

    @Option(help: "Python with tiktoken installed (default: .build/ci-tiktoken/bin/python when present, else python3).")
    var python: String?

    @Flag(help: "Skip the tiktoken side.")
    var noTiktoken = false

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        let texts = try loadTexts()
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let catalog = TokenizerCatalog()
        var tokenizers: [BPETokenizer] = []
        for encoding in TiktokenEncoding.allCases {
            do { tokenizers.append(try catalog.tokenizer(for: encoding)) } catch { throw ValidationError(error.description) }
        }
        let textsFile = try writeTexts(texts)
        defer { try? FileManager.default.removeItem(atPath: textsFile) }
        let source = file.map { "message texts of \(($0 as NSString).lastPathComponent)" } ?? "generated chat message text"
        print("Release build, \(runs) runs, medians;")
        print("single-thread figures in thread CPU time (both sides), all-core figures in wall time.")
        let size = bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.1f KB", Double(bytes) / 1e3)
        print("Input: \(source), \(texts.count) messages, \(size).\n")
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("| encoding | tunebench, 1 thread | tiktoken \(noTiktoken ? "" : "\(tiktokenVersion()) ")(Rust core, Python API), 1 thread | ratio | tunebench `countAll`, \(cores) cores, wall | speed-up over 1 thread, wall | CPU time, all cores / 1 thread | tokens (equal?) |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for tokenizer in tokenizers {
            var tokens = 0
            let single = median(runs, clock: .threadCPU) {
                tokens = texts.reduce(0) { $0 + tokenizer.count($1) }
            }
            // Scaling: all cores against one thread, both in wall time, measured back to back; and the CPU time the
            // whole process spends on the same work, which shows any cost of going parallel even when other jobs
            // leave no core free.
            let singleWall = median(runs, clock: .wall) { _ = texts.reduce(0) { $0 + tokenizer.count($1) } }
            let singleProcess = median(runs, clock: .processCPU) { _ = texts.reduce(0) { $0 + tokenizer.count($1) } }
            let parallel = median(runs, clock: .wall) { _ = tokenizer.countTotal(texts) }
            let parallelProcess = median(runs, clock: .processCPU) { _ = tokenizer.countTotal(texts) }
            var tiktokenCell = "-", ratioCell = "-", equalCell = "\(tokens)"
            if !noTiktoken {
                let reference = try tiktoken(tokenizer: tokenizer, textsFile: textsFile)
                tiktokenCell = Self.rate(bytes, reference.seconds)
                ratioCell = String(format: "%.1f×", reference.seconds / single)
                equalCell += reference.tokens == tokens ? " (equal)" : " (tiktoken: \(reference.tokens))"
            }
            let speedUp = String(format: "%.2f×", singleWall / parallel)
            let cpuRatio = String(format: "%.2f", parallelProcess / singleProcess)
            print("| \(tokenizer.encodingName) | \(Self.rate(bytes, single)) | \(tiktokenCell) | \(ratioCell) | \(Self.rate(bytes, parallel)) | \(speedUp) | \(cpuRatio) | \(equalCell) |")
        }
        try pathological(tokenizers)
    }

    /// One long word (random lowercase letters, no spaces): 100 KB and 1 MB; linear merging keeps the ratio near 10.
    private func pathological(_ tokenizers: [BPETokenizer]) throws {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let big = String(decoding: (0..<1_000_000).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
        let small = String(big.prefix(100_000))
        print("\nOne word of random lowercase letters (a single pre-tokenizer piece):\n")
        print("| encoding | tunebench 100 KB | tunebench 1 MB | 1 MB / 100 KB | tiktoken 100 KB | tiktoken 1 MB |")
        print("| --- | --- | --- | --- | --- | --- |")
        for tokenizer in tokenizers {
            let smallTime = median(runs, clock: .threadCPU) { _ = tokenizer.count(small) }
            let bigTime = median(runs, clock: .threadCPU) { _ = tokenizer.count(big) }
            var reference = ("-", "-")
            if !noTiktoken {
                let smallFile = try writeTexts([small]), bigFile = try writeTexts([big])
                defer { try? FileManager.default.removeItem(atPath: smallFile); try? FileManager.default.removeItem(atPath: bigFile) }
                let smallReference = try tiktoken(tokenizer: tokenizer, textsFile: smallFile, runs: 1)
                let bigReference = try tiktoken(tokenizer: tokenizer, textsFile: bigFile, runs: 1)
                reference = (Self.seconds(smallReference.seconds), Self.seconds(bigReference.seconds))
            }
            print("| \(tokenizer.encodingName) | \(Self.seconds(smallTime)) | \(Self.seconds(bigTime)) | \(String(format: "%.1f", bigTime / smallTime)) | \(reference.0) | \(reference.1) |")
        }
    }

    private func loadTexts() throws -> [String] {
        guard let file else {
            var generator = SyntheticChatText(seed: 20_261_125)
            return generator.messages(totalling: megabytes * 1_000_000)
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("\(file): cannot read") }
        var texts: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let messages = object["messages"] as? [[String: Any]] else { continue }
            texts += messages.compactMap { $0["content"] as? String }
        }
        return texts
    }

    private func writeTexts(_ texts: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tunebench-bench-\(UUID().uuidString).json").path
        try JSONEncoder().encode(texts).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// What a measurement counts: the calling thread's CPU time (single-thread figures, both sides, so other jobs on
    /// a shared machine distort them less), the whole process's CPU time, or wall time (all-core figures).
    enum Clock {
        case threadCPU, processCPU, wall

        var now: Double {
            var time = timespec()
            switch self {
            case .threadCPU: clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            case .processCPU: clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            case .wall: clock_gettime(CLOCK_MONOTONIC, &time)
            }
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }

    /// Median time of `runs` runs of `body`, after one warm-up run.
    private func median(_ runs: Int, clock: Clock, _ body: () -> Void) -> Double {
        body()
        let times = (0..<max(runs, 1)).map { _ in
            let start = clock.now
            body()
            return clock.now - start
        }.sorted()
        return times[times.count / 2]
    }

    private var pythonPath: String {
        if let python { return python }
        let venv = ".build/ci-tiktoken/bin/python"
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
    }

    private func tiktokenVersion() -> String {
        (try? runPython(["-c", "import tiktoken; print(tiktoken.__version__)"], environment: [:]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    }

    /// tiktoken's `encode_ordinary` over the same texts in a Python process: median seconds and the token total.
    private func tiktoken(tokenizer: BPETokenizer, textsFile: String, runs: Int? = nil) throws -> (seconds: Double, tokens: Int) {
        guard let encoding = TiktokenEncoding(rawValue: tokenizer.encodingName) else { throw ValidationError("not a tiktoken encoding") }
        // Show tiktoken the very rank file tunebench loaded, under tiktoken's cache name.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("tunebench-bench-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: cache) }
        try FileManager.default.createSymbolicLink(atPath: cache + "/" + encoding.tiktokenCacheName, withDestinationPath: tokenizer.rankFilePath)
        let script = """
            import json, sys, time, tiktoken
            texts = json.load(open(sys.argv[1])); encoding = tiktoken.get_encoding(sys.argv[2]); runs = int(sys.argv[3])
            tokens = sum(len(encoding.encode_ordinary(t)) for t in texts)
            times = []
            for _ in range(runs):
                start = time.thread_time()
                for t in texts: encoding.encode_ordinary(t)
                times.append(time.thread_time() - start)
            times.sort()
            print(json.dumps({"seconds": times[len(times) // 2], "tokens": tokens}))
            """
        let output = try runPython(["-c", script, textsFile, encoding.rawValue, String(runs ?? self.runs)], environment: ["TIKTOKEN_CACHE_DIR": cache])
        guard let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let seconds = object["seconds"] as? Double, let tokens = object["tokens"] as? Int else {
            throw ValidationError("unexpected tiktoken output: \(output)")
        }
        return (seconds, tokens)
    }

    private func runPython(_ arguments: [String], environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [pythonPath] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(pythonPath) failed (exit \(process.terminationStatus)); is tiktoken installed?") }
        return String(decoding: data, as: UTF8.self)
    }

    private static func rate(_ bytes: Int, _ seconds: Double) -> String { String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6) }
    private static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
}
