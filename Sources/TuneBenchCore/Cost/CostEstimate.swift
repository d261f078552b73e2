/// The full answer of the cost model for one set of assumptions.
public struct CostEstimate: Equatable, Sendable {
    /// One scenario's figures with their ranges.
    public struct Scenario: Equatable, Sendable {
        /// At the expected value of every assumption.
        public var expected: ScenarioCost
        /// Every assumption at the end that lowers (raises) this scenario's 12-month total.
        public var low: ScenarioCost
        public var high: ScenarioCost

        public var total12: Double { expected.total(months: 12) }
        public var total24: Double { expected.total(months: 24) }
        public var total12Low: Double { low.total(months: 12) }
        public var total12High: Double { high.total(months: 12) }
        public var total24Low: Double { low.total(months: 24) }
        public var total24High: Double { high.total(months: 24) }
    }

    /// One assumption's effect in a one-at-a-time sweep: the cheapest scenario's 12-month total with the
    /// assumption at its low and at its high end, every other assumption expected.
    public struct Sensitivity: Equatable, Sendable {
        public var assumption: CostAssumptionName
        public var totalAtLow: Double
        public var totalAtHigh: Double
        public var swing: Double { abs(totalAtHigh - totalAtLow) }
    }

    /// In `CostScenario.allCases` order.
    public var scenarios: [Scenario]
    /// The scenario compared with `current` for the break-even figures.
    public var candidate: CostScenario
    /// See `BreakEven.month`; nil when the candidate never catches up.
    public var breakEvenMonth: Int?
    /// See `BreakEven.volume`, over 12 months.
    public var breakEvenVolume: BreakEven.Volume?
    /// The scenario with the lowest expected 12-month total.
    public var cheapest: CostScenario
    /// Largest swing first; only assumptions with a range.
    public var sensitivities: [Sensitivity]

    /// The figures of one scenario.
    public func scenario(_ scenario: CostScenario) -> Scenario {
        scenarios.first { $0.expected.scenario == scenario }!
    }

    /// The assumption the cheapest path's 12-month total moves most with, or nil when nothing has a range.
    public var mostSensitive: Sensitivity? { sensitivities.first }

    /// "Over 12 months the cheapest path is routing + cache: $15,048 ($9,120-$26,400); it is most sensitive to
    /// calls_per_month ($6,000-$40,000)."
    public var summary: String {
        let best = scenario(cheapest)
        var text = "Over 12 months the cheapest path is \(cheapest.title) (\(cheapest.rawValue)): "
            + "\(Money.format(best.total12)) (\(Money.format(best.total12Low))-\(Money.format(best.total12High)))"
        if let sensitive = mostSensitive {
            let (lo, hi) = (min(sensitive.totalAtLow, sensitive.totalAtHigh), max(sensitive.totalAtLow, sensitive.totalAtHigh))
            text += "; it is most sensitive to \(sensitive.assumption.rawValue) (\(Money.format(lo))-\(Money.format(hi)) across its range)"
        }
        return text + "."
    }
}
