import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// Runners are logged changes of the Evals scope (undo, redo, across reopening), and running one imports what its
/// command wrote to `{out}`, or nothing when it fails.
@Suite struct RunnerStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "runners")
    }

    /// A runner whose command writes a generic JSONL run of `count` cases, the first `passes` passing.
    func jsonlRunner(_ name: String, passes: Int, count: Int = 4, rung: Rung? = .prompt) -> Runner {
        let lines = (0..<count).map { #"{"id": "c\#($0)", "input": "q", "output": "a", "pass": \#($0 < passes)}"# }
        return Runner(name: name, command: "printf '%s\\n' " + lines.map { "'\($0)'" }.joined(separator: " ")
                      + " > {out}/results.jsonl", rung: rung, model: "m-1", cwd: dir.url.path)
    }

    @Test func addingUndoesAndRedoesAcrossReopening() throws {
        let runner = jsonlRunner("gen", passes: 1)
        let added = try store.addRunner(runner)
        #expect(added.edit == .runner(RunnerEdit(name: "gen", before: nil, after: runner)))
        #expect(added.description == "runner gen added")
        #expect(try store.runners() == [runner])
        try store.close()

        let reopened = try ProjectStore.open(path: dir.path("p.tunebench"))
        #expect(try reopened.undo(scope: .evals).description == "undone: runner gen removed")
        #expect(try reopened.runners().isEmpty)
        #expect(try reopened.redo(scope: .evals).description == "redone: runner gen added")
        #expect(try reopened.runner(named: "gen") == runner)
        try reopened.removeRunner(named: "gen")
        #expect(try reopened.runners().isEmpty)
        try reopened.undo(scope: .evals)
        #expect(try reopened.runners() == [runner])
    }

    @Test func refusesDuplicatesBadNamesAndUndoAfterAChangeElsewhere() throws {
        try store.addRunner(jsonlRunner("gen", passes: 1))
        #expect(throws: EvalStoreError.runnerExists("gen")) { try store.addRunner(jsonlRunner("gen", passes: 2)) }
        #expect(throws: EvalInputError.self) { try store.addRunner(Runner(name: "../x", command: "true")) }
        #expect(throws: EvalStoreError.runnerNotFound("nope")) { try store.removeRunner(named: "nope") }
        // Another process replaces the runner behind the log's back: undoing the add must not delete it.
        try store.pool.write { db in try db.execute(sql: "UPDATE eval_runner SET command = 'other' WHERE name = 'gen'") }
        #expect(throws: EvalStoreError.runnerChangedElsewhere("gen")) { try store.undo(scope: .evals) }
        #expect(try store.runner(named: "gen")?.command == "other")
    }

    @Test func twoRunsAreNumberedAndTheSecondIsComparedWithTheFirst() throws {
        try store.addRunner(jsonlRunner("gen", passes: 1))
        let first = try store.runRunner(named: "gen")
        #expect(first.runs.map(\.name) == ["gen-1"])
        #expect(first.runs[0].rung == .prompt && first.runs[0].model == "m-1" && first.runs[0].runner == "gen")
        #expect(first.reference == nil && first.comparison == nil)
        try store.removeRunner(named: "gen")
        try store.addRunner(jsonlRunner("gen", passes: 4))
        let second = try store.runRunner(named: "gen")
        #expect(second.runs.map(\.name) == ["gen-2"])
        #expect(second.reference?.id == first.runs[0].id)
        #expect(second.comparison?.paired == 4 && second.comparison?.bOnly == 3)
        #expect(FileManager.default.fileExists(atPath: second.outDirectory + "/results.jsonl"))
    }

    @Test func aFirstRunIsComparedWithTheBestRunOfTheRungBelow() throws {
        let base = { (name: String, passes: Int) in
            EvalRun(name: name, source: "jsonl", rung: .baseline,
                    cases: (0..<4).map { EvalCase(key: "c\($0)", input: "", output: "", pass: $0 < passes, score: $0 < passes ? 1 : 0) })
        }
        let stored = try store.insertEvalRuns([base("weak", 1), base("strong", 3)], sourceFile: nil)
        try store.addRunner(jsonlRunner("gen", passes: 4))
        #expect(try store.runRunner(named: "gen").reference?.id == stored[1].id)
    }

    @Test func failingCommandsImportNothingAndSayWhy() throws {
        try store.addRunner(Runner(name: "bad", command: "echo first; echo oops >&2; exit 3"))
        try store.addRunner(Runner(name: "empty", command: "echo nothing written"))
        try store.addRunner(Runner(name: "slow", command: "echo started; sleep 30", timeoutSeconds: 0.5))
        #expect(throws: RunnerFailure.exitStatus(runner: "bad", status: 3, lastLines: ["first", "oops"])) {
            try store.runRunner(named: "bad")
        }
        do {
            _ = try store.runRunner(named: "empty")
            Issue.record("no results file must fail")
        } catch let failure as RunnerFailure {
            guard case .noResults(_, _, let lines) = failure else { Issue.record("\(failure)"); return }
            #expect(lines == ["nothing written"])
        }
        let start = Date()
        #expect(throws: RunnerFailure.timedOut(runner: "slow", seconds: 0.5, lastLines: ["started"])) {
            try store.runRunner(named: "slow")
        }
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(try store.evalRuns().isEmpty)
    }

    @Test func aCancelEndsTheProcessGroupAndImportsNothing() throws {
        let marker = dir.path("still-running")
        try store.addRunner(Runner(name: "long", command: "(sleep 3; touch '\(marker)') & sleep 30; echo x > {out}/r.jsonl"))
        let flag = CancellationFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { flag.cancel() }
        #expect(throws: RunnerFailure.cancelled(runner: "long")) { try store.runRunner(named: "long", cancel: flag) }
        Thread.sleep(forTimeInterval: 3.5)
        #expect(!FileManager.default.fileExists(atPath: marker), "the background child outlived the cancel")
        #expect(try store.evalRuns().isEmpty)
    }

    @Test func watchedFilesImportOnceByContent() throws {
        let file = dir.path("w.jsonl")
        try #"{"id": "a", "input": "", "output": "", "pass": true}"#.write(toFile: file, atomically: true, encoding: .utf8)
        guard case .imported(let runs) = try store.importWatchedFile(file, rung: .rag, model: "m") else {
            Issue.record("not imported"); return
        }
        #expect(runs.map(\.rung) == [.rag] && runs.map(\.model) == ["m"])
        #expect(try store.importWatchedFile(file, rung: nil, model: nil) == .alreadyImported)
        let index = dir.path("logs.json")
        try #"{"some": "index"}"#.write(toFile: index, atomically: true, encoding: .utf8)
        #expect(try store.importWatchedFile(index, rung: nil, model: nil) == .notResults)
    }
}
