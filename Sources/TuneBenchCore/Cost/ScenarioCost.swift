/// One line of a scenario's cost breakdown ("dataset building", $12,500).
public struct CostLine: Equatable, Sendable {
    public var item: String
    public var amount: Double

    public init(_ item: String, _ amount: Double) {
        self.item = item
        self.amount = amount
    }
}

/// What one scenario costs at one set of inputs: one-time items, fixed monthly items and a cost per call.
///
/// Monthly cost = Σ fixed monthly items + calls per month × cost per call; the total after `m` months is
/// one-time + m × monthly.
public struct ScenarioCost: Equatable, Sendable {
    public var scenario: CostScenario
    public var oneTimeItems: [CostLine]
    public var fixedMonthlyItems: [CostLine]
    /// USD per call, averaged over all calls (cache hits included).
    public var costPerCall: Double
    public var callsPerMonth: Double

    public init(scenario: CostScenario, oneTimeItems: [CostLine], fixedMonthlyItems: [CostLine], costPerCall: Double,
                callsPerMonth: Double) {
        self.scenario = scenario
        self.oneTimeItems = oneTimeItems
        self.fixedMonthlyItems = fixedMonthlyItems
        self.costPerCall = costPerCall
        self.callsPerMonth = callsPerMonth
    }

    public var oneTime: Double { oneTimeItems.reduce(0) { $0 + $1.amount } }
    public var fixedMonthly: Double { fixedMonthlyItems.reduce(0) { $0 + $1.amount } }
    /// Inference cost per month.
    public var inferenceMonthly: Double { callsPerMonth * costPerCall }
    public var monthly: Double { fixedMonthly + inferenceMonthly }

    /// The cumulative cost after `months` months.
    public func total(months: Double) -> Double { oneTime + monthly * months }
}
