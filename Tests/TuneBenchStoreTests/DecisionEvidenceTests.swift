import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The decision engine fed from a real project file: eval runs and their rungs, overrides and the minimum size.
@Suite struct DecisionEvidenceTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    static func run(_ name: String, _ rung: Rung?, cases: Int, passed: Int) -> EvalRun {
        EvalRun(name: name, source: "test", rung: rung, cases: (0..<cases).map { index in
            EvalCase(key: "case-\(index)", input: "q\(index)", output: "a\(index)", pass: index < passed,
                     score: index < passed ? 1 : 0)
        })
    }

    @Test func runsWithRungsBecomeEvidenceWithWilsonIntervals() throws {
        let store = try ProjectStore.create(path: dir.path("e.tunebench"), name: "e")
        try store.insertEvalRuns([
            Self.run("prompt-v1", .baseline, cases: 200, passed: 142),
            Self.run("unlabelled", nil, cases: 200, passed: 150),
        ], sourceFile: nil)
        let evidence = try store.decisionEvidence()
        #expect(evidence.runs.map(\.name) == ["prompt-v1"])
        let run = try #require(evidence.runs.first)
        #expect(run.cases == 200 && run.passed == 142)
        // Wilson 95% for 142/200: [0.6436, 0.7685] (statsmodels proportion_confint(142, 200, method="wilson")).
        #expect(abs(run.ciLow - 0.6436) < 0.0001)
        #expect(abs(run.ciHigh - 0.7685) < 0.0001)
        #expect(evidence.acceptedExamples == nil)
        #expect(evidence.minimumCases == 50)
    }

    @Test func theWholeLadderFromTheStoreLeadsToItsRecommendation() throws {
        let store = try ProjectStore.create(path: dir.path("l.tunebench"), name: "l")
        try store.insertEvalRuns([
            Self.run("base", .baseline, cases: 200, passed: 142),
            Self.run("prompt-v3", .prompt, cases: 200, passed: 164),
            Self.run("rag", .rag, cases: 200, passed: 166),
        ], sourceFile: nil)
        try store.changeDecisionAnswers(["problem": "format", "target": "0.98"])
        #expect(try store.evaluateDecision().recommendation == .tryStrongerModel)

        try store.insertEvalRuns([Self.run("gpt-4.1", .model, cases: 200, passed: 172)], sourceFile: nil)
        let outcome = try store.evaluateDecision(answers: ["examples": "yes"])
        #expect(outcome.recommendation == .fineTuneLoRA)
        #expect(outcome.path.first { $0.node == "examples" }?.source == .user)
        #expect(outcome.reasons.contains("prompt (prompt-v3) closed 11 pts of 27 pts of gap (41%)"))
    }

    @Test func theMinimumRunSizeIsASetting() throws {
        let store = try ProjectStore.create(path: dir.path("m.tunebench"), name: "m")
        try store.insertEvalRuns([Self.run("small", .baseline, cases: 30, passed: 20)], sourceFile: nil)
        try store.changeDecisionAnswers(["problem": "format"])
        #expect(try store.evaluateDecision().recommendation == .buildEvalsFirst)
        try store.setSetting(ProjectStore.decisionMinimumCasesKey, to: "20")
        #expect(try store.evaluateDecision().pendingNode == "target")
    }
}
