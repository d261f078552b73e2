import ArgumentParser
import Foundation
import Glibc
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench-bench browse PROJECT`: the Dataset pane on a big project (issue 5's goals), key to frame. Each
/// sample is one key resolved through the binding table, `update`, the store work its effects ask for (run
/// here, in order, on this thread: the frame that shows the result waits for it), and a full render of the
/// 200×60 screen into a grid. Work the runtime does after the frame (finding statistics, index catch-up, the
/// project summary reload after a review) is left out of the samples and timed on its own.
struct BrowseBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Time the dataset browser on a project: open, navigation, accept-and-advance, search, memory.")

    @Argument(help: "A project with a big dataset (imported and indexed; the run writes review decisions into it).")
    var project: String

    @Option(help: "Samples per navigation key.") var samples = 400
    @Option(help: "Page through the whole dataset to measure memory (PgDn to the end).") var pageAll = true

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        print("tunebench-bench browse \(project): ms, key to frame (200×60), cpu = this thread's CPU time")
        var opened: Driver!
        let open = Samples.measure(iterations: 5) {
            opened = try! Driver(path: project)
            try! opened.dispatch(.started)
            _ = opened.frame()
        }
        print("open to first full frame (store open, project summary, first page, render): \(open.summary)")
        var driver = opened!
        let status = try driver.store.searchIndexStatus()
        print("search index: through \(status.indexedThrough) of \(status.lastExample) (current: \(status.isCurrent))")
        for (name, work) in [("finding statistics (background, once per open)", { _ = try driver.store.browserStatistics() }),
                             ("project summary reload (background, after each review)", { _ = try driver.environment.loadSnapshot() })] {
            let timed = Samples.measure(iterations: 1) { try! work() }
            print("\(name): \(timed.summary)")
        }
        try driver.dispatch(.focus(.dataset))
        try driver.dispatch(.toggleZoom)

        report("j (line down)", try driver.keys(.character("j"), samples))
        report("k (line up)", try driver.keys(.character("k"), samples))
        report("PgDn", try driver.keys(.pageDown, samples))
        report("PgUp", try driver.keys(.pageUp, samples / 2))
        report("G / g (bottom, top)", try driver.alternating([.character("G"), .character("g")], 100))
        report("] (next unreviewed)", try driver.keys(.character("]"), samples))
        report("a (accept and advance, stored)", try driver.keys(.character("a"), samples))

        print("search, from the first example: submit / then n, key to the frame showing the match")
        // The generated data (tunebench-bench generate) has a small synthetic vocabulary: syllable words in
        // nearly every example, numbers in about 0.1%, and a few CJK runs in about 0.5% each.
        for (kind, word) in [("common", "ka"), ("common, two words", "lan sel"), ("rare (~0.1%)", "10"),
                             ("very rare, three words", "10 56 31"), ("absent", "zzyzxq"),
                             ("CJK, trigram", "数据集"), ("CJK, 2 chars", "東京"), ("CJK, 2 chars, absent", "東北")] {
            try driver.dispatch(.dataset(.top))
            let first = Samples.measure(iterations: 5) { try! driver.dispatch(.dataset(.submitted(.search, word))); _ = driver.frame() }
            let next = try driver.keys(.character("n"), 20)
            let page = Samples.measure(iterations: 5) { _ = try! driver.store.matchPage(of: word, after: nil, limit: 50) }
            print("  \(kind) \"\(word)\": first match \(first.summary)")
            print("      n: \(next.summary); first page of 50 (store): \(page.summary)")
        }
        for word in ["ka", "10", "数据集"] {
            var fractions = 0
            let ranked = Samples.measure(iterations: 1) {
                _ = try! driver.store.rankedMatches(of: word, progress: { _ in fractions += 1 })
            }
            print("  ranked \"\(word)\" (R, \(fractions) progress reports): \(ranked.summary)")
        }

        if pageAll {
            try driver.dispatch(.dataset(.top))
            var rss: [Int] = [Self.residentMegabytes()]
            var pages = 0
            var last: Int64? = nil
            let paging = try Samples.measureThrowing(iterations: Int.max) { stop in
                try driver.key(.pageDown)
                pages += 1
                if pages % 2000 == 0 { rss.append(Self.residentMegabytes()) }
                if driver.state.dataset.selected == last { stop = true }
                last = driver.state.dataset.selected
            }
            rss.append(Self.residentMegabytes())
            report("PgDn through the whole dataset (\(pages) keys)", paging)
            print("resident MB every 2000 pages: \(rss.map(String.init).joined(separator: " ")); peak RSS \(Self.peakMegabytes()) MB")
        }
    }

    private func report(_ name: String, _ samples: Samples) {
        print("  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(samples.summary) p99 \(samples.p99)")
    }

    static func residentMegabytes() -> Int {
        let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_000_000 : 0
    }

    static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024 / 1_000_000
    }
}

/// The app on a project without a terminal: keys go through the binding table and `update`; tasks run inline.
struct Driver {
    let environment: AppEnvironment
    var store: ProjectStore { environment.store }
    var state: AppState
    /// Tasks the runtime runs after the frame; timed apart.
    static let afterFrame: Set<String> = ["counting findings", "indexing for search", "reading project"]

    init(path: String) throws {
        let workbench = try Workbench(store: try ProjectStore.open(path: path), themeFlag: nil, environment: [:], searchRoots: [])
        environment = workbench.environment
        state = workbench.initialState(size: Size(width: 200, height: 60))
    }

    mutating func dispatch(_ action: Action) throws {
        var effects = update(&state, action)
        while !effects.isEmpty {
            switch effects.removeFirst() {
            case .task(let task) where !Self.afterFrame.contains(task.title):
                effects += update(&state, try task.work(environment, TaskProgress { _ in }))
            case .edit(let edit):
                effects += update(&state, edit.perform(in: environment))
            default:
                continue
            }
        }
    }

    func frame() -> Grid {
        var grid = Grid(size: state.size)
        AppView.render(state, into: &grid)
        return grid
    }

    /// One key to its frame.
    mutating func key(_ key: Key) throws {
        guard let action = KeyResolver.action(for: key, in: state) else { throw ValidationError("\(key) is not bound here") }
        try dispatch(action)
        _ = frame()
    }

    mutating func keys(_ key: Key, _ count: Int) throws -> Samples {
        try Samples.measureThrowing(iterations: count) { _ in try self.key(key) }
    }

    mutating func alternating(_ keys: [Key], _ count: Int) throws -> Samples {
        var index = 0
        return try Samples.measureThrowing(iterations: count) { _ in
            try self.key(keys[index % keys.count])
            index += 1
        }
    }
}

extension Samples {
    /// Times `body` until it sets its argument to true or `iterations` runs have been timed.
    static func measureThrowing(iterations: Int, _ body: (inout Bool) throws -> Void) throws -> Samples {
        var failure: Error?
        var stop = false
        var count = 0
        let samples = measureWhile(iterations: iterations) {
            count += 1
            do { try body(&stop) } catch { failure = error; return false }
            return !stop
        }
        if let failure { throw failure }
        return samples
    }

    /// "p99 1.234 ms (cpu 1.000 ms)"
    var p99: String {
        String(format: "%.3f ms (cpu %.3f ms)", Samples.percentile(wall, 0.99), Samples.percentile(cpu, 0.99))
    }
}
