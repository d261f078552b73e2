import TuneBenchCore

/// The cost model's answer with the inputs it was computed from, as the Cost pane shows it.
public struct CostOverview: Equatable, Sendable {
    public var estimate: CostEstimate
    public var assumptions: CostAssumptions
    /// The full text report (`tunebench cost`), shown zoomed.
    public var report: String

    public init(estimate: CostEstimate, assumptions: CostAssumptions, report: String) {
        self.estimate = estimate
        self.assumptions = assumptions
        self.report = report
    }
}
