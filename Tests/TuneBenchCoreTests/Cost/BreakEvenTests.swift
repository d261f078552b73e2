import Testing
import TuneBenchCore

@Suite struct BreakEvenTests {
    private func cost(oneTime: Double, fixed: Double, perCall: Double, calls: Double = 1_000) -> ScenarioCost {
        ScenarioCost(scenario: .routing, oneTimeItems: [CostLine("setup", oneTime)],
                     fixedMonthlyItems: [CostLine("fixed", fixed)], costPerCall: perCall, callsPerMonth: calls)
    }

    @Test func monthIsTheFirstWholeMonthOfPayback() {
        let baseline = cost(oneTime: 0, fixed: 0, perCall: 1)            // $1,000/month
        // $2,500 up front, $500/month: saves $500/month → 5 months exactly.
        #expect(BreakEven.month(candidate: cost(oneTime: 2_500, fixed: 0, perCall: 0.5), baseline: baseline) == 5)
        // $2,501 → 5.002 months → after month 6.
        #expect(BreakEven.month(candidate: cost(oneTime: 2_501, fixed: 0, perCall: 0.5), baseline: baseline) == 6)
        // Never dearer: 0. Dearer monthly and up front: never (nil). Same monthly, dearer up front: never.
        #expect(BreakEven.month(candidate: cost(oneTime: 0, fixed: 0, perCall: 0.5), baseline: baseline) == 0)
        #expect(BreakEven.month(candidate: cost(oneTime: 10, fixed: 0, perCall: 2), baseline: baseline) == nil)
        #expect(BreakEven.month(candidate: cost(oneTime: 10, fixed: 0, perCall: 1), baseline: baseline) == nil)
    }

    @Test func volumeSolvesTheTwelveMonthTie() throws {
        let baseline = cost(oneTime: 0, fixed: 0, perCall: 0.01)
        // Candidate: $1,200 up front + $100/month fixed + $0.002/call. Tie over 12 months:
        // 1,200 + 12 × (100 + 0.002 V) = 12 × 0.01 V → 2,400 = 0.096 V → V = 25,000 calls/month.
        let v = try #require(BreakEven.volume(candidate: cost(oneTime: 1_200, fixed: 100, perCall: 0.002),
                                              baseline: baseline, months: 12))
        #expect(abs(v.callsPerMonth - 25_000) < 1e-6)
        #expect(v.candidateCheaperAbove)
        // Equal costs per call: no volume decides it.
        #expect(BreakEven.volume(candidate: cost(oneTime: 1, fixed: 0, perCall: 0.01), baseline: baseline, months: 12) == nil)
    }

    @Test func everyScenarioRangeContainsItsExpectedTotal() throws {
        for calls in ["calls_per_month=0", "calls_per_month=50000", "calls_per_month=5000000"] {
            var assumptions = CostAssumptions.defaults()
            try assumptions.apply(calls, provenance: .init(origin: .override, detail: "test"))
            let estimate = try CostEstimator.estimate(assumptions: assumptions, prices: DefaultPrices.table)
            for s in estimate.scenarios {
                #expect(s.total12Low <= s.total12 && s.total12 <= s.total12High, "\(s.expected.scenario) at \(calls)")
                #expect(s.total24Low <= s.total24 && s.total24 <= s.total24High, "\(s.expected.scenario) at \(calls)")
            }
        }
    }
}
