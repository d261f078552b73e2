import ArgumentParser
import Foundation
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench-bench evals`: import a 100,000-case promptfoo-style file (cases/s), then compare two 100,000-case runs
/// with a 10,000-resample paired bootstrap (issue 6 goal: under 2 s). Build with `-c release`.
struct EvalsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evals",
        abstract: "Eval import (cases/s) and two-run comparison (seconds) on generated promptfoo-style files.")

    @Option(help: "Cases per run.")
    var cases = 100_000

    @Option(help: "Bootstrap resamples for the comparison.")
    var resamples = Bootstrap.defaultResamples

    @Option(help: "Timed repetitions; the median is reported.")
    var repeats = 3

    @Option(help: "Folder for the generated files and project (default: a new temporary folder).")
    var workDirectory: String?

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        let folder = workDirectory ?? NSTemporaryDirectory() + "tunebench-bench-evals-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fileA = folder + "/run-a.json", fileB = folder + "/run-b.json"
        try PromptfooFixture.make(cases: cases, provider: "openai:model-a", passPercent: 80, seed: 1).write(to: URL(fileURLWithPath: fileA))
        try PromptfooFixture.make(cases: cases, provider: "openai:model-b", passPercent: 78, seed: 2).write(to: URL(fileURLWithPath: fileB))
        let bytes = (try FileManager.default.attributesOfItem(atPath: fileA)[.size] as? Int) ?? 0
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB; file: \(cases) cases, \(bytes / 1_000_000) MB")

        var parseTimes: [Double] = [], storeTimes: [Double] = [], importCPU: [Double] = []
        var runIDs: [Int64] = []
        for repeatIndex in 0..<repeats {
            let path = folder + "/bench-\(repeatIndex).tunebench"
            let store = try ProjectStore.create(path: path, name: "bench", force: true)
            var ids: [Int64] = []
            for file in [fileA, fileB] {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                let cpuStart = processCPUSeconds()
                let start = Date()
                let runs = try EvalFileImport.runs(from: data, fileName: file)
                let parsed = Date()
                ids += try store.insertEvalRuns(runs, sourceFile: file).map(\.id)
                if file == fileA {
                    parseTimes.append(parsed.timeIntervalSince(start))
                    storeTimes.append(Date().timeIntervalSince(parsed))
                    importCPU.append(processCPUSeconds() - cpuStart)
                }
            }
            runIDs = ids
            if repeatIndex < repeats - 1 { try store.close() }
        }
        let parse = median(parseTimes), storeTime = median(storeTimes)
        print(String(format: "import (median of %d): parse %.2f s, store %.2f s, total %.2f s = %.0f cases/s; CPU %.2f s = %.0f cases per CPU-second",
                     repeats, parse, storeTime, parse + storeTime, Double(cases) / (parse + storeTime), median(importCPU),
                     Double(cases) / median(importCPU)))

        let store = try ProjectStore.open(path: folder + "/bench-\(repeats - 1).tunebench")
        var loadTimes: [Double] = [], compareTimes: [Double] = []
        var last: PairedComparison?
        for _ in 0..<repeats {
            let start = Date()
            let a = try store.evalOutcomes(runID: runIDs[0]), b = try store.evalOutcomes(runID: runIDs[1])
            let loaded = Date()
            last = PairedComparison.compare(a, b, resamples: resamples)
            compareTimes.append(Date().timeIntervalSince(loaded))
            loadTimes.append(loaded.timeIntervalSince(start))
        }
        let load = median(loadTimes), compare = median(compareTimes)
        print(String(format: "compare 2 × %d cases, %d resamples (median of %d): load %.2f s, statistics %.2f s, total %.2f s",
                     cases, resamples, repeats, load, compare, load + compare))
        if let last { print("  (\(last.paired) paired, verdict: \(last.verdict.rawValue), p = \(last.mcnemarP))") }
        try measurePaneReads(store: store, runIDs: runIDs)
        try measurePaneKeys(store: store)

        // Scores with many distinct values (model-graded, similarity) cannot be drawn as level counts.
        var generator = SeededGenerator(seed: 9)
        let continuousA = (0..<cases).map { index in
            PairedComparison.Outcome(key: "k\(index)", pass: generator.next() % 10 < 8, score: Double(generator.next() % 1_000_001) / 1_000_000)
        }
        let continuousB = continuousA.map { outcome in
            PairedComparison.Outcome(key: outcome.key, pass: outcome.pass, score: min(1, outcome.score * 0.99 + Double(generator.next() % 1_000) / 100_000))
        }
        var continuousTimes: [Double] = []
        for _ in 0..<repeats {
            let start = Date()
            _ = PairedComparison.compare(continuousA, continuousB, resamples: resamples)
            continuousTimes.append(Date().timeIntervalSince(start))
        }
        print(String(format: "statistics only, continuous scores (every value distinct), 2 × %d cases (median of %d): %.2f s",
                     cases, repeats, median(continuousTimes)))
        if workDirectory == nil { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// What the Evals pane reads when it opens a run (issue 6 goal: under 150 ms): the first window of the case
    /// list and the selected case in full; then the other windows a user reaches with one key.
    private func measurePaneReads(store: ProjectStore, runIDs: [Int64]) throws {
        func time(_ label: String, _ read: () throws -> Void) throws {
            var times: [Double] = []
            for _ in 0..<repeats {
                let start = Date()
                try read()
                times.append(Date().timeIntervalSince(start))
            }
            print("pane: \(label) (median of \(repeats)): " + String(format: "%.1f ms", median(times) * 1000))
        }
        let single = EvalCaseQuery(runID: runIDs[0])
        try time("open a \(cases)-case run: first window + the selected case") {
            let page = try store.evalCasePage(single, anchor: .first)
            guard let first = page.rows.first, try store.evalCase(runID: runIDs[0], key: first.key) != nil else {
                throw ValidationError("the run has no cases")
            }
        }
        try time("last window (G)") { _ = try store.evalCasePage(single, anchor: .last) }
        var failures = single
        failures.filter = .failures
        try time("failures filter, first window") { _ = try store.evalCasePage(failures, anchor: .first) }
        let flips = EvalCaseQuery(runID: runIDs[0], otherRunID: runIDs[1], filter: .flips)
        try time("compare: first window of flips + both sides of the selected case") {
            let page = try store.evalCasePage(flips, anchor: .first)
            if let first = page.rows.first {
                _ = try store.evalCase(runID: runIDs[0], key: first.key)
                _ = try store.evalCase(runID: runIDs[1], key: first.key)
            }
        }
        var search = single
        search.search = "no such text anywhere"
        try time("search with no match (scans the whole run)") { _ = try store.evalCasePage(search, anchor: .first) }
    }

    /// The same through the app: the real runtime on a headless 120×36 terminal, from the key press until the
    /// screen shows the result (every background read done and the frame drawn).
    private func measurePaneKeys(store: ProjectStore) throws {
        func session() throws -> (AppRuntime, HeadlessTerminal) {
            let workbench = try Workbench(store: store, themeFlag: nil, environment: [:], searchRoots: [])
            let size = Size(width: 120, height: 36)
            let terminal = HeadlessTerminal(size: size)
            let runtime = AppRuntime(state: workbench.initialState(size: size), terminal: terminal, environment: workbench.environment)
            runtime.start()
            for key in "3z" { runtime.handle(.character(key)) }
            _ = runtime.settle()
            runtime.render()
            return (runtime, terminal)
        }
        func time(_ label: String, keys: String, until shown: String) throws {
            var times: [Double] = []
            for _ in 0..<repeats {
                let (runtime, terminal) = try session()
                let start = Date()
                for key in keys { runtime.handle(.character(key)) }
                _ = runtime.settle(seconds: 60)
                runtime.render()
                times.append(Date().timeIntervalSince(start))
                guard terminal.screen.lines().joined().contains(shown) else { throw ValidationError("\(label): no \"\(shown)\"") }
            }
            print("pane keys: \(label) (median of \(repeats)): " + String(format: "%.1f ms", median(times) * 1000))
        }
        try time("l opens the \(cases)-case run's cases (list and case drawn)", keys: "l", until: "case #1 of \(cases)")
        try time("c j c compares two \(cases)-case runs (table, flips and both outputs drawn)", keys: "cjc", until: "B run-b output")
    }

    private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// CPU time of the whole process (user + system, all threads): on a shared machine it moves less than wall time.
    private func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

/// A promptfoo results file (version 3) shaped like the real sample: prompt, vars, response with token usage,
/// grading result with two component results, latency and cost. Deterministic for a seed.
enum PromptfooFixture {
    static func make(cases: Int, provider: String, passPercent: UInt64, seed: UInt64) -> Data {
        var generator = SeededGenerator(seed: seed)
        var out = #"{"evalId":"bench","results":{"version":3,"timestamp":"2026-11-25T12:00:00.000Z","prompts":[],"results":["#
        out.reserveCapacity(cases * 1_200)
        for index in 0..<cases {
            let pass = generator.next() % 100 < passPercent
            let latency = 200 + generator.next() % 3_000
            let question = "Question \(index): what is the capital of country number \(index % 197), and why does it matter?"
            let answer = pass ? "The capital is City\(index % 197). It matters because it is the seat of government."
                : "I am not sure; it might be Town\(index % 53), but I cannot say for certain."
            if index > 0 { out += "," }
            out += #"{"id":"r\#(index)","promptIdx":0,"testIdx":\#(index),"provider":{"id":"\#(provider)","label":""},"#
            out += #""prompt":{"raw":"Answer briefly: \#(question)","label":"Answer briefly: {{q}}"},"vars":{"q":"\#(question)"},"#
            out += #""testCase":{"vars":{"q":"\#(question)"},"assert":[{"type":"contains","value":"City\#(index % 197)"},{"type":"latency","threshold":3000}]},"#
            out += #""response":{"output":"\#(answer)","tokenUsage":{"total":\#(40 + index % 30),"prompt":25,"completion":\#(15 + index % 30)},"cached":false,"cost":0.00012},"#
            out += #""success":\#(pass),"score":\#(pass ? "1" : "0.5"),"latencyMs":\#(latency),"failureReason":\#(pass ? 0 : 1),"#
            out += #""gradingResult":{"pass":\#(pass),"score":\#(pass ? "1" : "0.5"),"reason":"\#(pass ? "All assertions passed" : "Expected output to contain City")","#
            out += #""componentResults":[{"pass":\#(pass),"score":\#(pass ? 1 : 0),"reason":"\#(pass ? "Assertion passed" : "Expected output to contain City")","assertion":{"type":"contains","value":"City\#(index % 197)"}},"#
            out += #"{"pass":true,"score":1,"reason":"Assertion passed","assertion":{"type":"latency","threshold":3000}}]},"#
            out += #""namedScores":{},"cost":0.00012,"metadata":{}}"#
        }
        out += #"],"stats":{"successes":0,"failures":0}},"config":{},"shareableUrl":null,"metadata":{}}"#
        return Data(out.utf8)
    }
}
