import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// Override changes are logged in the project file and undone newest first, across reopening.
@Suite struct EvalOverrideLogTests {
    let dir: TemporaryDirectory
    let store: ProjectStore
    let runID: Int64

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "log")
        runID = try store.insertEvalRuns([EvalRun(name: "r", source: "jsonl", cases: [
            EvalCase(key: "k1", input: "", output: "", pass: true, score: 1),
            EvalCase(key: "k2", input: "", output: "", pass: false, score: 0),
        ])], sourceFile: nil)[0].id
    }

    func override(_ key: String, _ pass: Bool, _ note: String) -> EvalOverride {
        EvalOverride(runID: runID, caseKey: key, pass: pass, note: note, created: Date(timeIntervalSince1970: 1_800_000_000))
    }

    @Test func changesUndoNewestFirstAndSurviveReopening() throws {
        let first = try store.setEvalOverride(runID: runID, caseKey: "k1", to: override("k1", false, "wrong"))
        #expect(first.before == nil && first.after?.note == "wrong")
        try store.setEvalOverride(runID: runID, caseKey: "k1", to: override("k1", true, "right after all"))
        try store.setEvalOverride(runID: runID, caseKey: "k2", to: override("k2", true, "fine"))
        #expect(try store.evalRun(id: runID).passed == 2)
        try store.close()

        let reopened = try ProjectStore.open(path: dir.path("p.tunebench"))
        #expect(try reopened.undoEvalOverride().caseKey == "k2")
        #expect(try reopened.evalOverrides(runID: runID).map(\.caseKey) == ["k1"])
        let second = try reopened.undoEvalOverride()
        #expect(second.after?.note == "wrong" && second.before?.note == "right after all")
        #expect(try reopened.evalOverrides(runID: runID).map(\.note) == ["wrong"])
        try reopened.undoEvalOverride()
        #expect(try reopened.evalOverrides(runID: runID).isEmpty)
        #expect(throws: EvalStoreError.nothingToUndo) { try reopened.undoEvalOverride() }
        // The imported verdicts were never touched.
        #expect(try reopened.evalCases(runID: runID).map(\.imported.pass) == [true, false])
    }

    @Test func undoRefusesWhenTheOverrideChangedElsewhere() throws {
        try store.setEvalOverride(runID: runID, caseKey: "k1", to: override("k1", false, "mine"))
        try store.replaceEvalOverride(runID: runID, caseKey: "k1", with: override("k1", false, "someone else's"))
        #expect(throws: EvalStoreError.overrideChangedElsewhere(key: "k1")) { try store.undoEvalOverride() }
        #expect(try store.evalOverrides(runID: runID).map(\.note) == ["someone else's"])
    }
}
