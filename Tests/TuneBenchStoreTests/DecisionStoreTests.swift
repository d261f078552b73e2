import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

@Suite struct DecisionStoreTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    @Test func answersPersistWithOverridesAndCanBeRemoved() throws {
        let store = try ProjectStore.create(path: dir.path("d.tunebench"), name: "d")
        let first = try #require(try store.changeDecisionAnswers(["problem": "facts", "target": "0.98"]))
        #expect(first.edit == .decisionAnswers(DecisionAnswersEdit(changes: [
            .init(node: "problem", before: nil, after: "facts"), .init(node: "target", before: nil, after: "0.98")])))
        #expect(try store.decisionAnswers() == ["problem": "facts", "target": "0.98"])
        #expect(try store.changeDecisionAnswers(["problem": "facts"]) == nil)  // no change, nothing logged

        try store.changeDecisionAnswers(["target": nil])
        #expect(try store.decisionAnswers() == ["problem": "facts"])
        try store.close()
        let reopened = try ProjectStore.open(path: dir.path("d.tunebench"))
        #expect(try reopened.decisionAnswers() == ["problem": "facts"])
        // Undo after reopening: the target comes back, then both answers go.
        try reopened.undo(scope: .decision)
        #expect(try reopened.decisionAnswers() == ["problem": "facts", "target": "0.98"])
        try reopened.undo(scope: .decision)
        #expect(try reopened.decisionAnswers().isEmpty)
        try reopened.redo(scope: .decision)
        #expect(try reopened.decisionAnswers() == ["problem": "facts", "target": "0.98"])
    }

    @Test func historyRecordsChangesButNotRepeats() throws {
        let store = try ProjectStore.create(path: dir.path("h.tunebench"), name: "h")
        let facts = DecisionEngine(evidence: .init()).evaluate(answers: ["problem": "facts"])
        let noEvals = DecisionEngine(evidence: .init()).evaluate(answers: ["problem": "format"])
        let pending = DecisionEngine(evidence: .init()).evaluate(answers: [:])
        #expect(try store.recordDecision(facts, now: Date(timeIntervalSince1970: 1)))
        #expect(try !store.recordDecision(facts, now: Date(timeIntervalSince1970: 2)))
        #expect(try store.recordDecision(noEvals, now: Date(timeIntervalSince1970: 3)))
        #expect(try !store.recordDecision(pending))
        let history = try store.decisionHistory()
        #expect(history.map(\.recommendation) == [.useRAGNotFineTuning, .buildEvalsFirst])
        #expect(history[0].path == ["problem"])
        #expect(history[1].reasons.contains { $0.contains("no evals, no decision") })
        #expect(history[1].recordedAt == Date(timeIntervalSince1970: 3))
    }
}
