/// The `tunebench cost --json` document:
/// `{"assumptions": {NAME: {"value", "low", "high", "unit"}}, "scenarios": [{"name", "one_time", "monthly",
/// "total_12m", "total_24m", "total_12m_low", "total_12m_high"}], "break_even_month", "cheapest", "most_sensitive"}`.
///
/// A model assumption's `value` is the model name, with `low` and `high` null. `break_even_month` is the
/// candidate scenario's (see `CostEstimate.candidate`) against `current`, null when it never catches up;
/// `cheapest` is a scenario name and `most_sensitive` an assumption name (null when nothing has a range).
/// `dataset_building` says where the curation hours come from: `{"source": "measured"|"assumed"|"set",
/// "detail", "decisions" (the measured decisions, else null), "hours": {"low", "expected", "high"}}`.
public struct CostEstimateDocument: Encodable, Equatable, Sendable {
    public struct Assumption: Encodable, Equatable, Sendable {
        public var value: AssumptionValue
        public var unit: String

        public init(value: AssumptionValue, unit: String) {
            self.value = value
            self.unit = unit
        }

        enum Keys: String, CodingKey { case value, low, high, unit }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            switch value {
            case .number(let range):
                try c.encode(range.expected, forKey: .value)
                try c.encode(range.low, forKey: .low)
                try c.encode(range.high, forKey: .high)
            case .model(let model):
                try c.encode(model, forKey: .value)
                try c.encodeNil(forKey: .low)
                try c.encodeNil(forKey: .high)
            }
            try c.encode(unit, forKey: .unit)
        }
    }

    public struct Scenario: Encodable, Equatable, Sendable {
        public var name: String
        public var oneTime: Double
        public var monthly: Double
        public var total12m: Double
        public var total24m: Double
        public var total12mLow: Double
        public var total12mHigh: Double

        enum CodingKeys: String, CodingKey {
            case name, monthly
            case oneTime = "one_time", total12m = "total_12m", total24m = "total_24m"
            case total12mLow = "total_12m_low", total12mHigh = "total_12m_high"
        }
    }

    public var assumptions: [String: Assumption]
    public var scenarios: [Scenario]
    public var breakEvenMonth: Int?
    public var cheapest: String
    public var mostSensitive: String?
    public var datasetBuilding: DatasetBuilding

    /// Where the dataset-building hours come from (``DatasetBuildingBasis``).
    public struct DatasetBuilding: Encodable, Equatable, Sendable {
        public var source: String
        public var detail: String
        public var decisions: Int?
        public var hours: [String: Double]

        enum Keys: String, CodingKey { case source, detail, decisions, hours }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(source, forKey: .source)
            try c.encode(detail, forKey: .detail)
            try c.encode(decisions, forKey: .decisions)  // null unless measured
            try c.encode(hours, forKey: .hours)
        }
    }

    enum Keys: String, CodingKey {
        case assumptions, scenarios, cheapest
        case breakEvenMonth = "break_even_month", mostSensitive = "most_sensitive", datasetBuilding = "dataset_building"
    }

    /// `measuredDecisions`: how many review decisions the measured pace comes from (used when it is measured).
    public init(estimate: CostEstimate, assumptions: CostAssumptions, measuredDecisions: Int? = nil) {
        let basis = DatasetBuildingBasis(assumptions: assumptions)
        datasetBuilding = DatasetBuilding(
            source: basis.source.rawValue, detail: basis.detail,
            decisions: basis.source == .measured ? measuredDecisions : nil,
            hours: ["low": basis.hours.low, "expected": basis.hours.expected, "high": basis.hours.high])
        var byName: [String: Assumption] = [:]
        for name in CostAssumptionName.allCases {
            byName[name.rawValue] = Assumption(value: assumptions.value(name), unit: name.spec.unit)
        }
        self.assumptions = byName
        scenarios = estimate.scenarios.map {
            Scenario(name: $0.expected.scenario.rawValue, oneTime: Self.cents($0.expected.oneTime),
                     monthly: Self.cents($0.expected.monthly), total12m: Self.cents($0.total12), total24m: Self.cents($0.total24),
                     total12mLow: Self.cents($0.total12Low), total12mHigh: Self.cents($0.total12High))
        }
        breakEvenMonth = estimate.breakEvenMonth
        cheapest = estimate.cheapest.rawValue
        mostSensitive = estimate.mostSensitive?.assumption.rawValue
    }

    /// Money to the cent, so 16,824.000000000007 prints as 16824.
    private static func cents(_ amount: Double) -> Double { (amount * 100).rounded() / 100 }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(assumptions, forKey: .assumptions)
        try c.encode(scenarios, forKey: .scenarios)
        try c.encode(breakEvenMonth, forKey: .breakEvenMonth)  // null when the candidate never catches up
        try c.encode(cheapest, forKey: .cheapest)
        try c.encode(mostSensitive, forKey: .mostSensitive)
        try c.encode(datasetBuilding, forKey: .datasetBuilding)
    }
}
