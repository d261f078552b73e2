import Foundation
import TuneBenchCore

extension ProjectStore {
    /// The settings key for the minimum number of cases an eval run needs to count as evidence.
    public static let decisionMinimumCasesKey = "decision.min_cases"

    /// What the project's own data says, for the decision engine: eval runs with a rung (figures after human
    /// overrides, Wilson 95% intervals) and the accepted-example count.
    public func decisionEvidence() throws -> DecisionEvidence {
        let minimumCases = try setting(Self.decisionMinimumCasesKey).flatMap { Int($0) } ?? 50
        let runs = try evalRuns().compactMap { run -> DecisionEvidence.Run? in
            guard let rung = run.rung else { return nil }
            let interval = run.passInterval
            return DecisionEvidence.Run(name: run.name, rung: rung, cases: run.cases, passed: run.passed,
                                        ciLow: interval.low, ciHigh: interval.high)
        }
        let accepted = try datasets().isEmpty ? nil : reviewCounts().accepted
        return DecisionEvidence(runs: runs, acceptedExamples: accepted, minimumCases: minimumCases,
                                cost: try costComparison())
    }

    /// The cost model's verdict for the decision's reasons: the cheapest path over 12 months against today's
    /// (large model + RAG). Nil when the assumptions cannot be computed (a model without a price).
    private func costComparison() throws -> DecisionEvidence.CostComparison? {
        guard let estimate = (try? projectCost())?.estimate else { return nil }
        return DecisionEvidence.CostComparison(
            cheapest: estimate.cheapest.title, cheapestTotal12m: estimate.scenario(estimate.cheapest).total12,
            currentName: CostScenario.current.title, currentTotal12m: estimate.scenario(.current).total12,
            breakEvenMonth: estimate.breakEvenMonth, fineTunedTotal12m: estimate.scenario(.fineTunedAPI).total12)
    }

    /// Evaluates the tree on the stored answers, with `answers` taking precedence for this evaluation.
    public func evaluateDecision(answers: [String: String] = [:]) throws -> DecisionOutcome {
        let stored = try decisionAnswers()
        return DecisionEngine(evidence: try decisionEvidence())
            .evaluate(answers: stored.merging(answers) { _, given in given })
    }
}
