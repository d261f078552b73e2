import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
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
        let first = try #require(try store.setEvalOverride(runID: runID, caseKey: "k1", to: override("k1", false, "wrong")))
        #expect(first.edit == .evalOverride(EvalOverrideEdit(runID: runID, caseKey: "k1", before: nil,
            after: OverrideVerdict(pass: false, note: "wrong", created: Date(timeIntervalSince1970: 1_800_000_000)))))
        try store.setEvalOverride(runID: runID, caseKey: "k1", to: override("k1", true, "right after all"))
        try store.setEvalOverride(runID: runID, caseKey: "k2", to: override("k2", true, "fine"))
        #expect(try store.evalRun(id: runID).passed == 2)
        try store.close()

        let reopened = try ProjectStore.open(path: dir.path("p.tunebench"))
        #expect(try reopened.undo(scope: .evals).description == "undone: k2: back to its imported verdict")
        #expect(try reopened.evalOverrides(runID: runID).map(\.caseKey) == ["k1"])
        guard case .evalOverride(let second) = try reopened.undo(scope: .evals).edit else { Issue.record("not an override"); return }
        #expect(second.after?.note == "wrong" && second.before?.note == "right after all")
        #expect(try reopened.evalOverrides(runID: runID).map(\.note) == ["wrong"])
        try reopened.undo(scope: .evals)
        #expect(try reopened.evalOverrides(runID: runID).isEmpty)
        #expect(throws: EditStoreError.nothingToUndo(.evals)) { try reopened.undo(scope: .evals) }
        // Redo walks the same changes forward again, oldest undone first.
        try reopened.redo(scope: .evals)
        #expect(try reopened.evalOverrides(runID: runID).map(\.note) == ["wrong"])
        // The imported verdicts were never touched.
        #expect(try reopened.evalCases(runID: runID).map(\.imported.pass) == [true, false])
    }

    @Test func undoRefusesWhenTheOverrideChangedElsewhere() throws {
        try store.setEvalOverride(runID: runID, caseKey: "k1", to: override("k1", false, "mine"))
        // Another writer changes the override directly, outside the log.
        try store.pool.write { db in try db.execute(sql: "UPDATE eval_override SET note = 'someone else''s'") }
        #expect(throws: EvalStoreError.overrideChangedElsewhere(key: "k1")) { try store.undo(scope: .evals) }
        #expect(try store.evalOverrides(runID: runID).map(\.note) == ["someone else's"])
    }
}
