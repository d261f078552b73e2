import Testing
import TuneBenchCore

@Suite struct GapAttributionTests {
    // Hand arithmetic: target 98, baseline 71 → gap 27 pts. prompt 82 closes 11 (11/27 = 40.74%), rag 83 closes 1
    // (3.70%), model 86 closes 3 (11.11%); remaining 98 - 86 = 12 (44.44%). 11 + 1 + 3 + 12 = 27.
    @Test func sharesAndRemainderAddUpToTheGap() throws {
        let gap = try #require(GapAttribution.compute(
            evidence: DecisionEvidence(runs: DecisionEngineTests.ladderRuns), target: 0.98))
        #expect(abs(gap.gap - 0.27) < 1e-9)
        let closed = gap.steps.map(\.closed)
        #expect(zip(closed, [0.11, 0.01, 0.03]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(abs(gap.steps[0].share - 11.0 / 27.0) < 1e-9)
        #expect(abs(gap.remaining - 0.12) < 1e-9)
        #expect(abs(gap.remainingShare - 12.0 / 27.0) < 1e-9)
        #expect(abs(gap.steps.map(\.share).reduce(0, +) + gap.remainingShare - 1) < 1e-9)
        #expect(gap.bestNonTunedRun == "gpt-4.1")
        #expect(gap.fineTuned == nil)
    }

    // A rung worse than the best before it closes nothing; one past the target closes only up to the target.
    @Test func regressionsCloseNothingAndOvershootIsCapped() throws {
        let runs: [DecisionEvidence.Run] = [
            .init(name: "base", rung: .baseline, cases: 100, passed: 60, ciLow: 0.5, ciHigh: 0.69),
            .init(name: "p", rung: .prompt, cases: 100, passed: 80, ciLow: 0.71, ciHigh: 0.87),
            .init(name: "r", rung: .rag, cases: 100, passed: 70, ciLow: 0.6, ciHigh: 0.78),
            .init(name: "m", rung: .model, cases: 100, passed: 95, ciLow: 0.89, ciHigh: 0.98),
            .init(name: "ft", rung: .finetune, cases: 100, passed: 97, ciLow: 0.92, ciHigh: 0.99),
        ]
        let gap = try #require(GapAttribution.compute(evidence: DecisionEvidence(runs: runs), target: 0.9))
        #expect(gap.steps.map(\.rung) == [.prompt, .rag, .model])
        #expect(abs(gap.steps[1].closed) < 1e-9)
        #expect(abs(gap.steps[2].closed - 0.10) < 1e-9)
        #expect(gap.remaining == 0)
        #expect(gap.fineTuned == 0.97)
    }

    @Test func noBaselineNoAttribution() {
        let runs = [DecisionEvidence.Run(name: "p", rung: .prompt, cases: 100, passed: 80, ciLow: 0.7, ciHigh: 0.9)]
        #expect(GapAttribution.compute(evidence: DecisionEvidence(runs: runs), target: 0.9) == nil)
    }
}
