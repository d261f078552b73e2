import Foundation
import TuneBenchCore
import TuneBenchStore

extension ProjectReport {
    /// Everything the project report needs, read from the project file and put together: `tunebench report`, the
    /// Report view and its `:export` all call this. Nothing is written but a passive WAL checkpoint, so the hashed
    /// file holds what was committed.
    ///
    /// - Parameters:
    ///   - cost: the cost estimate to report; by default the project's own; the cost section is left out when its
    ///     inputs are impossible (a model without a price).
    ///   - now: the report's date.
    public static func assemble(from store: ProjectStore, cost: CostEstimate? = nil, now: Date = Date()) throws -> ProjectReport {
        let cost = try cost ?? store.costEstimateIfComputable()
        let evidence = try store.decisionEvidence(costEstimate: cost)
        let outcome = try store.evaluateDecision(evidence: evidence)
        let answers = try store.decisionAnswers()
        let target = answers["target"].flatMap(DecisionEngine.parseRate)
        let problem = answers["problem"].flatMap(ProblemKind.init(rawValue:))
        let runs = try store.evalRuns().map { run in
            ReportEvals.Run(id: run.id, name: run.name, rung: run.rung, model: run.model, cases: run.cases,
                            passed: run.passed, meanScore: run.meanScore, errors: run.errors, overrides: run.overrides)
        }
        let evals = try ReportEvals(runs: runs, minimumCases: evidence.minimumCases, target: target) { id in
            try store.evalOutcomes(runID: id)
        }
        return ProjectReport(
            metadata: try store.metadata(),
            projectFile: ProjectReport.ProjectFile(name: URL(fileURLWithPath: store.path).lastPathComponent, sha256: try store.fileSHA256()),
            generatedAt: now,
            decision: ReportDecision(outcome, history: try store.decisionHistory().map {
                ReportDecision.Recorded(recommendation: $0.recommendation.rawValue, recordedAt: $0.recordedAt)
            }), dataset: try dataset(from: store, threshold: problem?.exampleThreshold),
            evals: evals, cost: cost.map(ReportCost.init))
    }

    /// The dataset section, or nil when nothing was imported.
    private static func dataset(from store: ProjectStore, threshold: Int?) throws -> ReportDataset? {
        let datasets = try store.datasets()
        guard !datasets.isEmpty else { return nil }
        let counts = try store.reviewCounts()
        let settings = try store.validationSettings()
        let tokens = try store.tokenStatistics(dataset: nil, maxTokensPerExample: settings.tokenLimit)
        return ReportDataset(
            datasets: datasets.map {
                ReportDataset.Dataset(name: $0.name, format: $0.format.rawValue, examples: $0.examples, importProblems: $0.problems)
            },
            review: ReportDataset.Review(pending: counts.pending, accepted: counts.accepted, rejected: counts.rejected,
                                         flagged: counts.flagged, threshold: threshold),
            findings: try store.findingCounts(),
            tokens: ReportDataset.Tokens(counter: tokens.tokenCounter, exact: tokens.exact, total: tokens.totalTokens,
                                         assistant: tokens.assistantTokens, messagesPerExample: tokens.messagesPerExample,
                                         histogram: TokenHistogram(try store.totalTokens()), training: tokens.training))
    }
}
