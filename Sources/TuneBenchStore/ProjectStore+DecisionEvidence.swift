import Foundation
import TuneBenchCore

extension ProjectStore {
    /// The settings key for the minimum number of cases an eval run needs to count as evidence.
    public static let decisionMinimumCasesKey = "decision.min_cases"

    /// What the project's own data says, for the decision engine: eval runs with a rung (figures after human
    /// overrides, Wilson 95% intervals), the accepted-example count and the cost model's verdict.
    public func decisionEvidence() throws -> DecisionEvidence {
        try decisionEvidence(costEstimate: try costEstimateIfComputable())
    }

    /// The evidence with a cost estimate the caller already has (nil: no cost verdict), so one reload computes
    /// the cost model once.
    public func decisionEvidence(costEstimate: CostEstimate?) throws -> DecisionEvidence {
        let minimumCases = try setting(Self.decisionMinimumCasesKey).flatMap { Int($0) } ?? 50
        let runs = try evalRuns().compactMap { run -> DecisionEvidence.Run? in
            guard let rung = run.rung else { return nil }
            let interval = run.passInterval
            return DecisionEvidence.Run(name: run.name, rung: rung, cases: run.cases, passed: run.passed,
                                        ciLow: interval.low, ciHigh: interval.high)
        }
        let accepted = try datasets().isEmpty ? nil : reviewCounts().accepted
        return DecisionEvidence(runs: runs, acceptedExamples: accepted, minimumCases: minimumCases,
                                cost: costEstimate.map(Self.costComparison))
    }

    /// The project's cost estimate, or nil when its assumptions are impossible (a model without a price);
    /// database errors still throw.
    public func costEstimateIfComputable() throws -> CostEstimate? {
        do { return try projectCost().estimate } catch is CostInputError { return nil }
    }

    /// The cost model's verdict for the decision's reasons: the cheapest path over 12 months against today's
    /// (large model + RAG).
    private static func costComparison(_ estimate: CostEstimate) -> DecisionEvidence.CostComparison {
        DecisionEvidence.CostComparison(
            cheapest: estimate.cheapest.title, cheapestTotal12m: estimate.scenario(estimate.cheapest).total12,
            currentName: CostScenario.current.title, currentTotal12m: estimate.scenario(.current).total12,
            breakEvenMonth: estimate.breakEvenMonth, fineTunedTotal12m: estimate.scenario(.fineTunedAPI).total12)
    }

    /// Evaluates the tree on the stored answers, with `answers` taking precedence for this evaluation;
    /// `evidence` defaults to the project's own.
    public func evaluateDecision(answers: [String: String] = [:], evidence: DecisionEvidence? = nil) throws -> DecisionOutcome {
        let stored = try decisionAnswers()
        return DecisionEngine(evidence: try evidence ?? decisionEvidence())
            .evaluate(answers: stored.merging(answers) { _, given in given })
    }
}
