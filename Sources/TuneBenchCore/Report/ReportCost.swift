/// The cost comparison as the report shows it: each path's 12- and 24-month totals with their ranges, the
/// break-even point and which assumptions move the answer most.
///
/// This is the report's seam to the cost model: it is filled from a ``CostEstimate`` when the project has one and
/// left out (nil) otherwise.
public struct ReportCost: Equatable, Sendable, Codable {
    /// One path's totals.
    public struct Scenario: Equatable, Sendable, Codable {
        public var scenario: String
        public var title: String
        public var oneTime: Double
        public var monthly: Double
        public var total12: Double
        public var total12Low: Double
        public var total12High: Double
        public var total24: Double
        public var total24Low: Double
        public var total24High: Double
    }

    /// One assumption swept from its low to its high end.
    public struct Sensitivity: Equatable, Sendable, Codable {
        public var assumption: String
        public var totalAtLow: Double
        public var totalAtHigh: Double
    }

    /// One sentence: the cheapest path and what it is most sensitive to.
    public var summary: String
    public var cheapest: String
    public var candidate: String
    /// The month the candidate's cumulative cost drops below the current path's, if it ever does.
    public var breakEvenMonth: Int?
    public var scenarios: [Scenario]
    /// Largest swing first.
    public var sensitivities: [Sensitivity]

    public init(_ estimate: CostEstimate) {
        summary = estimate.summary
        cheapest = estimate.cheapest.rawValue
        candidate = estimate.candidate.rawValue
        breakEvenMonth = estimate.breakEvenMonth
        scenarios = estimate.scenarios.map { figures in
            Scenario(scenario: figures.expected.scenario.rawValue, title: figures.expected.scenario.title,
                     oneTime: Self.cents(figures.expected.oneTime), monthly: Self.cents(figures.expected.monthly),
                     total12: Self.cents(figures.total12), total12Low: Self.cents(figures.total12Low),
                     total12High: Self.cents(figures.total12High), total24: Self.cents(figures.total24),
                     total24Low: Self.cents(figures.total24Low), total24High: Self.cents(figures.total24High))
        }
        sensitivities = estimate.sensitivities.map {
            Sensitivity(assumption: $0.assumption.rawValue, totalAtLow: Self.cents($0.totalAtLow), totalAtHigh: Self.cents($0.totalAtHigh))
        }
    }

    /// Dollar amounts to whole cents, so the JSON carries no floating-point noise.
    private static func cents(_ amount: Double) -> Double { (amount * 100).rounded() / 100 }
}
