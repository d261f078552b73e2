import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// The one edit log: per-scope undo and redo, history, groups, and what the migration carried over.
@Suite struct EditLogStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore
    let ids: [String]
    let runID: Int64

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "log")
        let file = dir.path("d.jsonl")
        let records = (1...4).map { #"{"messages":[{"role":"user","content":"question \#($0)"},{"role":"assistant","content":"answer \#($0)"}]}"# }
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        try store.importForTest(file)
        ids = try store.examples().map(\.id)
        runID = try store.insertEvalRuns([EvalRun(name: "r", source: "jsonl", cases: [
            EvalCase(key: "k1", input: "", output: "", pass: false, score: 0),
        ])], sourceFile: nil)[0].id
    }

    /// One change in each of the four panes' scopes, oldest first.
    func oneChangeInEachScope() throws {
        try store.applyReview(exampleID: ids[0], change: ReviewChange(status: .accepted))
        try store.setEvalOverride(runID: runID, caseKey: "k1", to: EvalOverride(runID: runID, caseKey: "k1", pass: true,
                                                                               note: "fine", created: Date()))
        try store.changeDecisionAnswers(["problem": "format"])
        try store.changeCostAssumptions([(.hourlyRate, .number(.exactly(90)))])
    }

    @Test func eachScopeUndoesItsOwnLastChangeAndTheCLIWalksThemAll() throws {
        try oneChangeInEachScope()
        try store.undo(scope: .dataset)
        #expect(try store.reviewState(of: ids[0]).status == .pending)
        #expect(try store.costAssumptions()[.hourlyRate] == 90, "the cost change is another scope's")
        // Without a scope: the newest change still in force, whatever its pane.
        #expect(try store.undo().edit.scope == .cost)
        #expect(try store.undo().edit.scope == .decision)
        #expect(try store.undo().edit.scope == .evals)
        #expect(throws: EditStoreError.nothingToUndo(nil)) { try store.undo() }
        #expect(try store.decisionAnswers().isEmpty && store.evalOverrides(runID: runID).isEmpty)
        // Redo without a scope takes the change undone last first.
        #expect(try store.redo().edit.scope == .evals)
        #expect(try store.redo(scope: .dataset).edit.scope == .dataset)
        #expect(try store.reviewState(of: ids[0]).status == .accepted)
    }

    @Test func aNewChangeClearsTheRedoOfItsOwnScopeOnly() throws {
        try oneChangeInEachScope()
        try store.undo(scope: .dataset)
        try store.undo(scope: .cost)
        try store.applyReview(exampleID: ids[1], change: ReviewChange(status: .rejected))
        #expect(throws: EditStoreError.nothingToRedo(.dataset)) { try store.redo(scope: .dataset) }
        #expect(try store.undoAvailability(scope: .cost).canRedo)
        try store.redo(scope: .cost)
        #expect(try store.costAssumptions()[.hourlyRate] == 90)
        let history = try store.editHistory()
        #expect(history.map(\.edit.scope) == [.dataset, .cost, .decision, .evals, .dataset])
        #expect(history.map(\.state) == [.done, .done, .done, .done, .discarded])
        #expect(try store.editHistory(scope: .dataset, limit: 1).map(\.description) == ["rejected #\(ids[1].prefix(8))"])
    }

    @Test func aBulkChangeIsOneStepInTheHistoryAndInUndo() throws {
        let outcome = try #require(try store.applyBulkReview(.tag("batch"), filter: ExampleFilter()))
        #expect(outcome.count == 4)
        #expect(try store.editHistory().map(\.count) == [4])
        #expect(try store.undoAvailability(scope: .dataset).nextUndo == "tagged 4 examples batch")
        let undone = try store.undo(scope: .dataset)
        #expect(undone.count == 4 && undone.description == "undone: untagged 4 examples batch")
        #expect(try ids.allSatisfy { try store.reviewState(of: $0).tags.isEmpty })
    }

    @Test func undoRefusesWhenAnyRecordOfAGroupChangedElsewhereAndChangesNothing() throws {
        try store.applyBulkReview(.acceptValid, filter: ExampleFilter())
        try store.pool.write { db in try db.execute(sql: "UPDATE example SET status = 3 WHERE id = (SELECT max(id) FROM example)") }
        #expect(throws: DatasetStoreError.changedElsewhere(ids[3])) { try store.undo(scope: .dataset) }
        #expect(try store.examples().map(\.status) == [.accepted, .accepted, .accepted, .flagged])
        #expect(try store.editHistory().map(\.state) == [.done])
    }

    @Test func anAssumptionUndoPutsBackTheValueAndItsDate() throws {
        let first = Date(timeIntervalSince1970: 1_795_000_000)
        try store.changeCostAssumptions([(.hourlyRate, .number(.exactly(90)))], now: first)
        try store.changeCostAssumptions([(.hourlyRate, .number(.exactly(120)))], now: first.addingTimeInterval(86_400))
        try store.undo(scope: .cost)
        #expect(try store.storedCostAssumptions() == [.init(name: .hourlyRate, value: .number(.exactly(90)), updatedAt: first)])
    }

    @Test func deletingAnExampleDeletesItsTextAndItsLogEntries() throws {
        try store.applyReview(exampleID: ids[0], change: ReviewChange(status: .accepted))
        try store.pool.write { db in try db.execute(sql: "DELETE FROM example WHERE key = (SELECT min(key) FROM example WHERE id = 1)") }
        let (texts, entries, violations, integrity) = try store.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM example_text WHERE id = 1"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM edit_log"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
             try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(texts == 0 && entries == 0 && violations == 0 && integrity == "ok")
    }

    @Test func aProjectFromBeforeTheEditLogKeepsEveryChangeAndUndoesThem() throws {
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/schema-before-edit-log", withExtension: "tunebench"))
        let path = dir.path("old.tunebench")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        let old = try ProjectStore.open(path: path)
        defer { try? old.close() }
        let history = try old.editHistory()
        // Newest first: the two overrides (after the reviews: the old override log kept no time), the bulk accept
        // of four, the text edit, the reject that was undone and then passed by, the first accept.
        #expect(history.map(\.edit.scope) == [.evals, .evals, .dataset, .dataset, .dataset, .dataset])
        #expect(history.map(\.state) == [.discarded, .done, .done, .done, .discarded, .done])
        #expect(history.map(\.count) == [1, 1, 4, 1, 1, 1])
        #expect(history[3].edit.review?.editedText == true)

        let runID = try #require(try old.evalRuns().first?.id)
        #expect(try old.evalOverrides(runID: runID).map(\.caseKey) == ["c2"])
        try old.undo(scope: .evals)
        #expect(try old.evalOverrides(runID: runID).isEmpty)
        #expect(throws: EditStoreError.nothingToUndo(.evals)) { try old.undo(scope: .evals) }

        let first = "baefc575a7c2e49e"
        #expect(try old.reviewCounts() == ReviewCounts(accepted: 5))
        #expect(try old.undo(scope: .dataset).count == 4)
        #expect(try old.reviewCounts() == ReviewCounts(pending: 4, accepted: 1))
        #expect(try old.exampleText(exampleID: first).text.contains("cheerful"))
        try old.undo(scope: .dataset)
        #expect(try old.exampleText(exampleID: first).text.contains("happy assistant"))
        try old.undo(scope: .dataset)
        #expect(try old.reviewState(of: first) == .initial)
        #expect(throws: EditStoreError.nothingToUndo(.dataset)) { try old.undo(scope: .dataset) }
        try old.redo(scope: .dataset)
        #expect(try old.reviewState(of: first).tags == ["good"])
    }
}
