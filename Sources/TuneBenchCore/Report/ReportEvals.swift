/// The eval runs as the report shows them: every run with its Wilson interval, the ladder (the best usable run
/// of each rung) and each ladder run compared with the baseline on paired cases.
public struct ReportEvals: Equatable, Sendable, Codable {
    /// One run's headline figures (after human overrides).
    public struct Run: Equatable, Sendable, Codable {
        public var id: Int64
        public var name: String
        public var rung: Rung?
        public var model: String?
        public var cases: Int
        public var passed: Int
        public var passRate: Double
        /// Wilson 95% interval of the pass rate.
        public var ciLow: Double
        public var ciHigh: Double
        public var meanScore: Double
        public var errors: Int
        /// Cases whose verdict a human overrode.
        public var overrides: Int

        public init(id: Int64, name: String, rung: Rung?, model: String?, cases: Int, passed: Int, meanScore: Double,
                    errors: Int, overrides: Int) {
            self.id = id
            self.name = name
            self.rung = rung
            self.model = model
            self.cases = cases
            self.passed = passed
            passRate = cases == 0 ? 0 : Double(passed) / Double(cases)
            let interval = Wilson.interval(passed: passed, total: cases)
            ciLow = interval.low
            ciHigh = interval.high
            self.meanScore = meanScore
            self.errors = errors
            self.overrides = overrides
        }
    }

    /// The best usable run of one rung.
    public struct LadderStep: Equatable, Sendable, Codable {
        public var rung: Rung
        public var run: String
        public var cases: Int
        public var passRate: Double
        public var ciLow: Double
        public var ciHigh: Double
    }

    /// A ladder run (B) against the baseline's ladder run (A) on the cases both have.
    public struct Comparison: Equatable, Sendable, Codable {
        public var rung: Rung
        public var baselineRun: String
        public var run: String
        public var paired: Int
        /// Cases only the baseline passed, and only the run passed.
        public var baselineOnly: Int
        public var runOnly: Int
        /// Exact McNemar p-value.
        public var pValue: Double
        /// Mean score difference (run minus baseline) with its paired bootstrap 95% interval.
        public var scoreDiff: Double
        public var diffLow: Double
        public var diffHigh: Double
        /// `better`, `worse` or `no detectable difference`.
        public var verdict: String
    }

    public var runs: [Run]
    /// Rung order, baseline first; rungs without a usable run are left out.
    public var ladder: [LadderStep]
    public var comparisons: [Comparison]
    /// Runs with fewer cases do not count as evidence (and are not on the ladder).
    public var minimumCases: Int
    /// The target pass rate, when the team gave one.
    public var target: Double?

    /// Builds the section; `outcomes` gives a run's per-case results (after overrides) for the comparisons.
    public init(runs: [Run], minimumCases: Int, target: Double?,
                outcomes: (Int64) throws -> [PairedComparison.Outcome]) rethrows {
        self.runs = runs
        self.minimumCases = minimumCases
        self.target = target
        let best: [(Rung, Run)] = Rung.allCases.compactMap { rung in
            runs.filter { $0.rung == rung && $0.cases >= minimumCases }
                .max { ($0.passRate, $0.cases) < ($1.passRate, $1.cases) }
                .map { (rung, $0) }
        }
        ladder = best.map { rung, run in
            LadderStep(rung: rung, run: run.name, cases: run.cases, passRate: run.passRate, ciLow: run.ciLow, ciHigh: run.ciHigh)
        }
        var comparisons: [Comparison] = []
        if let baseline = best.first(where: { $0.0 == .baseline })?.1 {
            let baselineOutcomes = try outcomes(baseline.id)
            for (rung, run) in best where rung != .baseline {
                let result = PairedComparison.compare(baselineOutcomes, try outcomes(run.id))
                comparisons.append(Comparison(
                    rung: rung, baselineRun: baseline.name, run: run.name, paired: result.paired,
                    baselineOnly: result.aOnly, runOnly: result.bOnly, pValue: result.mcnemarP,
                    scoreDiff: result.scoreDiff, diffLow: result.diffInterval.low, diffHigh: result.diffInterval.high,
                    verdict: result.verdict.rawValue))
            }
        }
        self.comparisons = comparisons
    }
}
