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
        let evidence = DecisionEvidence(acceptedExamples: 400)
        let outcome = DecisionEngine(evidence: evidence).evaluate(answers: ["problem": "facts"])
        let previous = try store.setDecisionAnswers(["problem": "facts", "target": "0.98"], outcome: outcome)
        #expect(previous.count == 2 && previous.values.allSatisfy { $0 == nil })
        #expect(try store.decisionAnswers() == ["problem": "facts", "target": "0.98"])

        let undo = try store.setDecisionAnswers(["target": nil])
        #expect(undo == ["target": "0.98"])
        #expect(try store.decisionAnswers() == ["problem": "facts"])
        try store.close()
        #expect(try ProjectStore.open(path: dir.path("d.tunebench")).decisionAnswers() == ["problem": "facts"])
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
