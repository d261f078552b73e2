/// Computes a `CostEstimate`: every scenario at expected values, a one-at-a-time sensitivity sweep, the low and
/// high corners of each scenario, the break-even point of a candidate against `current`, and the cheapest path.
///
/// Cost: (2 × assumptions with a range + 2 × scenarios + 1) evaluations of the closed-form model; well under a
/// millisecond (see BENCHMARKS.md).
public enum CostEstimator {
    /// Estimates with `assumptions` and `prices`; `candidate` is the path compared with `current`.
    /// Throws `CostInputError` when a chosen model has no price.
    public static func estimate(
        assumptions: CostAssumptions, prices: PriceTable, candidate: CostScenario = .fineTunedAPI
    ) throws -> CostEstimate {
        let base = try CostInputs(assumptions: assumptions, prices: prices)
        let expected = CostModel.scenarios(base)
        let swept = CostAssumptionName.allCases.filter { !$0.isModel && assumptions.range($0).hasSpread }

        // One-at-a-time sweep: every scenario's 12-month total at each end of each ranged assumption.
        var atLow: [[Double]] = []
        var atHigh: [[Double]] = []
        for name in swept {
            var x = base
            x[name] = assumptions.range(name).low
            atLow.append(CostModel.scenarios(x).map { $0.total(months: 12) })
            x[name] = assumptions.range(name).high
            atHigh.append(CostModel.scenarios(x).map { $0.total(months: 12) })
        }

        var scenarios: [CostEstimate.Scenario] = []
        for (s, scenario) in CostScenario.allCases.enumerated() {
            var lowCorner = base
            var highCorner = base
            for (i, name) in swept.enumerated() {
                let range = assumptions.range(name)
                let lowerAtLow = atLow[i][s] <= atHigh[i][s]
                lowCorner[name] = lowerAtLow ? range.low : range.high
                highCorner[name] = lowerAtLow ? range.high : range.low
            }
            scenarios.append(CostEstimate.Scenario(
                expected: expected[s],
                low: CostModel.scenario(scenario, lowCorner),
                high: CostModel.scenario(scenario, highCorner)))
        }

        let totals12: [Double] = expected.map { $0.total(months: 12) }
        let cheapestIndex = totals12.indices.min { totals12[$0] < totals12[$1] }!
        var sensitivities: [CostEstimate.Sensitivity] = []
        for i in swept.indices {
            let entry = CostEstimate.Sensitivity(
                assumption: swept[i], totalAtLow: atLow[i][cheapestIndex], totalAtHigh: atHigh[i][cheapestIndex])
            if entry.swing > 0 { sensitivities.append(entry) }
        }
        sensitivities.sort { a, b in
            a.swing != b.swing ? a.swing > b.swing : a.assumption.rawValue < b.assumption.rawValue
        }

        let baseline = expected[CostScenario.allCases.firstIndex(of: .current)!]
        let candidateCost = expected[CostScenario.allCases.firstIndex(of: candidate)!]
        return CostEstimate(
            scenarios: scenarios, candidate: candidate,
            breakEvenMonth: candidate == .current ? 0 : BreakEven.month(candidate: candidateCost, baseline: baseline),
            breakEvenVolume: candidate == .current ? nil : BreakEven.volume(candidate: candidateCost, baseline: baseline, months: 12),
            cheapest: CostScenario.allCases[cheapestIndex], sensitivities: sensitivities)
    }
}
