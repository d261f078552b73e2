import Testing
import TuneBenchCore

/// One scenario per rule of the framework (shared/design/framework.md): evidence in, recommendation out.
@Suite struct DecisionEngineTests {
    /// Runs of the worked GraphQL example: 200 cases each; intervals are Wilson 95% for those counts.
    static let ladderRuns: [DecisionEvidence.Run] = [
        .init(name: "prompt-v1", rung: .baseline, cases: 200, passed: 142, ciLow: 0.643, ciHigh: 0.768),
        .init(name: "prompt-v3", rung: .prompt, cases: 200, passed: 164, ciLow: 0.761, ciHigh: 0.866),
        .init(name: "rag-bm25", rung: .rag, cases: 200, passed: 166, ciLow: 0.772, ciHigh: 0.874),
        .init(name: "gpt-4.1", rung: .model, cases: 200, passed: 172, ciLow: 0.805, ciHigh: 0.901),
    ]

    struct Scenario: CustomTestStringConvertible, Sendable {
        let name: String
        let answers: [String: String]
        let evidence: DecisionEvidence
        let expected: Recommendation
        let reasonContaining: String
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "company facts → RAG", answers: ["problem": "facts"], evidence: .init(),
                 expected: .useRAGNotFineTuning, reasonContaining: "not facts"),
        Scenario(name: "no evals → build evals first", answers: ["problem": "format", "target": "0.98"],
                 evidence: .init(acceptedExamples: 400), expected: .buildEvalsFirst, reasonContaining: "no eval runs"),
        Scenario(name: "format, ladder tried, model-shaped gap, 400 accepted → LoRA",
                 answers: ["problem": "format", "target": "98%"],
                 evidence: .init(runs: ladderRuns, acceptedExamples: 400),
                 expected: .fineTuneLoRA, reasonContaining: "400 accepted ≥ 300 needed for a format tune"),
        Scenario(name: "format with 120 examples → prompts, collect more",
                 answers: ["problem": "format", "target": "0.98"],
                 evidence: .init(runs: ladderRuns, acceptedExamples: 120),
                 expected: .improvePrompts, reasonContaining: "120 accepted < 300"),
        Scenario(name: "vocabulary with 900 examples → not yet",
                 answers: ["problem": "vocabulary", "target": "0.98"],
                 evidence: .init(runs: ladderRuns, acceptedExamples: 900),
                 expected: .improveRAG, reasonContaining: "~5,000 will"),
        Scenario(name: "latency without routing → routing/caching first",
                 answers: ["problem": "latency", "target": "0.9", "routing": "no"],
                 evidence: .init(runs: ladderRuns, acceptedExamples: 400),
                 expected: .addRoutingCaching, reasonContaining: "routing"),
        Scenario(name: "hallucinations → RAG / better context", answers: ["problem": "hallucinations"],
                 evidence: .init(runs: ladderRuns), expected: .useRAGNotFineTuning, reasonContaining: "hallucinations"),
        Scenario(name: "bad answers sometimes → evals first", answers: ["problem": "bad-answers"],
                 evidence: .init(), expected: .buildEvalsFirst, reasonContaining: "usually retrieval or prompting"),
        Scenario(name: "format without a prompt run → improve prompts",
                 answers: ["problem": "format", "target": "0.98"],
                 evidence: .init(runs: [ladderRuns[0]], acceptedExamples: 400),
                 expected: .improvePrompts, reasonContaining: "no prompt eval run"),
        Scenario(name: "format without RAG → improve RAG", answers: ["problem": "format", "target": "0.98"],
                 evidence: .init(runs: Array(ladderRuns[0...1]), acceptedExamples: 400),
                 expected: .improveRAG, reasonContaining: "no rag eval run"),
        Scenario(name: "format without a stronger model → try one", answers: ["problem": "format", "target": "0.98"],
                 evidence: .init(runs: Array(ladderRuns[0...2]), acceptedExamples: 400),
                 expected: .tryStrongerModel, reasonContaining: "no model eval run"),
        Scenario(name: "smarter on our domain without retrieval → improve retrieval",
                 answers: ["problem": "smarter", "target": "0.98"],
                 evidence: .init(runs: ladderRuns, acceptedExamples: 400),
                 expected: .improveRetrieval, reasonContaining: "no retrieval eval run"),
        Scenario(name: "target met within noise → not model-shaped", answers: ["problem": "format", "target": "0.88"],
                 evidence: .init(runs: ladderRuns, acceptedExamples: 400),
                 expected: .improvePrompts, reasonContaining: "not distinguishably below the target"),
        Scenario(name: "runs below the minimum size do not count",
                 answers: ["problem": "format", "target": "0.98"],
                 evidence: .init(runs: [.init(name: "tiny", rung: .baseline, cases: 20, passed: 14, ciLow: 0.48, ciHigh: 0.85)]),
                 expected: .buildEvalsFirst, reasonContaining: "none with 50+ cases"),
    ]

    @Test(arguments: scenarios)
    func scenarioGetsItsRecommendation(_ scenario: Scenario) {
        let outcome = DecisionEngine(evidence: scenario.evidence).evaluate(answers: scenario.answers)
        #expect(outcome.recommendation == scenario.expected, "path: \(outcome.nodeIDs)")
        #expect(outcome.reasons.contains { $0.contains(scenario.reasonContaining) }, "reasons: \(outcome.reasons)")
        #expect(!outcome.whatWouldChange.isEmpty)
        #expect(outcome.pendingNode == nil)
    }

    @Test func fineTunePathVisitsTheWholeLadderAndCitesTheGap() {
        let outcome = DecisionEngine(evidence: .init(runs: Self.ladderRuns, acceptedExamples: 331))
            .evaluate(answers: ["problem": "format", "target": "0.98"])
        #expect(outcome.nodeIDs == ["problem", "evals", "target", "prompt", "rag", "model", "gap", "examples"])
        #expect(outcome.reasons.contains("prompt (prompt-v3) closed 11 pts of 27 pts of gap (41%)"))
        #expect(outcome.reasons.contains("remaining after the ladder: 12 pts (44% of the gap)"))
        #expect(outcome.whatWouldChange.contains { $0.contains("remaining 12 pts") })
    }

    @Test func shortOfExamplesSaysHowManyMore() {
        let outcome = DecisionEngine(evidence: .init(runs: Self.ladderRuns, acceptedExamples: 88))
            .evaluate(answers: ["problem": "format", "target": "0.98"])
        #expect(outcome.whatWouldChange.contains("with 212 more accepted examples the recommendation becomes fine-tune with LoRA"))
    }

    @Test func unansweredQuestionStopsTheWalk() {
        let outcome = DecisionEngine(evidence: .init(runs: Self.ladderRuns)).evaluate(answers: [:])
        #expect(outcome.recommendation == nil)
        #expect(outcome.pendingNode == "problem")
        let noTarget = DecisionEngine(evidence: .init(runs: Self.ladderRuns)).evaluate(answers: ["problem": "format"])
        #expect(noTarget.pendingNode == "target")
        #expect(noTarget.nodeIDs == ["problem", "evals", "target"])
    }

    @Test func userAnswerAgainstTheEvidenceIsAnOverride() {
        let outcome = DecisionEngine(evidence: .init(runs: Self.ladderRuns, acceptedExamples: 400))
            .evaluate(answers: ["problem": "format", "target": "0.98", "examples": "no"])
        let step = outcome.path.first { $0.node == "examples" }
        #expect(step?.source == .override)
        #expect(outcome.recommendation == .improvePrompts)
        #expect(outcome.reasons.contains { $0.hasPrefix("examples: answered \"no\" by the user, overriding") })
        let agreeing = DecisionEngine(evidence: .init(runs: Self.ladderRuns, acceptedExamples: 400))
            .evaluate(answers: ["problem": "format", "target": "0.98", "examples": "yes"])
        #expect(agreeing.path.first { $0.node == "examples" }?.source == .evidence)
    }

    @Test func costComparisonIsCitedWhenPresent() {
        let cost = DecisionEvidence.CostComparison(cheapest: "LoRA small model", cheapestTotal12m: 25_480,
                                                   currentName: "large + RAG", currentTotal12m: 49_440, breakEvenMonth: 5)
        let outcome = DecisionEngine(evidence: .init(runs: Self.ladderRuns, acceptedExamples: 400, cost: cost))
            .evaluate(answers: ["problem": "format", "target": "0.98"])
        #expect(outcome.reasons.last == "cost: LoRA small model is the cheapest path over 12 months ($25,480 vs $49,440 for large + RAG), break-even in month 5")
        let staying = DecisionEvidence.CostComparison(cheapest: "large + RAG", cheapestTotal12m: 365, currentName: "large + RAG",
                                                      currentTotal12m: 365, breakEvenMonth: nil, fineTunedTotal12m: 47_074)
        let facts = DecisionEngine(evidence: .init(cost: staying)).evaluate(answers: ["problem": "facts"])
        #expect(facts.reasons.last == "cost: staying with large + RAG is the cheapest path over 12 months ($365); the fine-tuned path would cost $47,074")
    }

    @Test func answersAreChecked() {
        let engine = DecisionEngine(evidence: .init())
        #expect(engine.problem(with: "format", for: "problem") == nil)
        #expect(engine.problem(with: "maybe", for: "evals")?.contains("answers: yes, no") == true)
        #expect(engine.problem(with: "150", for: "target") != nil)
        #expect(engine.problem(with: "98%", for: "target") == nil)
        #expect(engine.problem(with: "x", for: "nope")?.hasPrefix("unknown question") == true)
        #expect(DecisionEngine.parseRate("98%") == 0.98)
        #expect(DecisionEngine.parseRate("0.5") == 0.5)
        #expect(DecisionEngine.parseRate("-1") == nil)
    }
}
