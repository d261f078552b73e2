/// What the project's own data says, gathered by the store for the decision engine.
public struct DecisionEvidence: Equatable, Sendable {
    /// One eval run, reduced to what the framework needs.
    public struct Run: Equatable, Sendable {
        public var name: String
        public var rung: Rung
        public var cases: Int
        public var passed: Int
        /// Wilson 95% interval of the pass rate.
        public var ciLow: Double
        public var ciHigh: Double

        public var passRate: Double { cases == 0 ? 0 : Double(passed) / Double(cases) }

        public init(name: String, rung: Rung, cases: Int, passed: Int, ciLow: Double, ciHigh: Double) {
            self.name = name
            self.rung = rung
            self.cases = cases
            self.passed = passed
            self.ciLow = ciLow
            self.ciHigh = ciHigh
        }
    }

    /// The cheapest path from the cost model, when one was computed.
    public struct CostComparison: Equatable, Sendable {
        public var cheapest: String
        public var cheapestTotal12m: Double
        public var currentName: String
        public var currentTotal12m: Double
        public var breakEvenMonth: Int?
        /// The fine-tuned path's 12-month total, for the case where it is not the cheapest.
        public var fineTunedTotal12m: Double?

        public init(cheapest: String, cheapestTotal12m: Double, currentName: String, currentTotal12m: Double,
                    breakEvenMonth: Int?, fineTunedTotal12m: Double? = nil) {
            self.cheapest = cheapest
            self.cheapestTotal12m = cheapestTotal12m
            self.currentName = currentName
            self.currentTotal12m = currentTotal12m
            self.breakEvenMonth = breakEvenMonth
            self.fineTunedTotal12m = fineTunedTotal12m
        }
    }

    public var runs: [Run]
    /// Accepted (reviewed and kept) fine-tuning examples across the project's datasets; nil when unknown.
    public var acceptedExamples: Int?
    /// Runs smaller than this do not count as "having evals".
    public var minimumCases: Int
    public var cost: CostComparison?

    public init(runs: [Run] = [], acceptedExamples: Int? = nil, minimumCases: Int = 50, cost: CostComparison? = nil) {
        self.runs = runs
        self.acceptedExamples = acceptedExamples
        self.minimumCases = minimumCases
        self.cost = cost
    }

    /// Runs large enough to count as evidence.
    public var usableRuns: [Run] { runs.filter { $0.cases >= minimumCases } }

    /// The best usable run of a rung (highest pass rate; ties to the larger run).
    public func bestRun(of rung: Rung) -> Run? {
        usableRuns.filter { $0.rung == rung }.max { ($0.passRate, $0.cases) < ($1.passRate, $1.cases) }
    }

    /// The rungs with at least one usable run.
    public var triedRungs: Set<Rung> { Set(usableRuns.map(\.rung)) }
}
