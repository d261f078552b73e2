import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// Everything the project report needs, read from the project file (nothing is written but a passive WAL
    /// checkpoint, so the hashed file holds what was committed).
    ///
    /// - Parameters:
    ///   - cost: the cost estimate to report; by default the project's own (``projectCost(candidate:)``); the
    ///     cost section is left out when its inputs are impossible (a model without a price).
    ///   - now: the report's date.
    public func projectReport(cost: CostEstimate? = nil, now: Date = Date()) throws -> ProjectReport {
        let cost = try cost ?? costEstimateIfComputable()
        let metadata = try metadata()
        let evidence = try decisionEvidence(costEstimate: cost)
        let outcome = try evaluateDecision(evidence: evidence)
        let answers = try decisionAnswers()
        let target = answers["target"].flatMap(DecisionEngine.parseRate)
        let problem = answers["problem"].flatMap(ProblemKind.init(rawValue:))
        let runs = try evalRuns().map { run in
            ReportEvals.Run(id: run.id, name: run.name, rung: run.rung, model: run.model, cases: run.cases,
                            passed: run.passed, meanScore: run.meanScore, errors: run.errors, overrides: run.overrides)
        }
        let evals = try ReportEvals(runs: runs, minimumCases: evidence.minimumCases, target: target) { id in
            try evalOutcomes(runID: id)
        }
        return ProjectReport(
            metadata: metadata,
            projectFile: ProjectReport.ProjectFile(name: URL(fileURLWithPath: path).lastPathComponent, sha256: try fileSHA256()),
            generatedAt: now,
            decision: ReportDecision(outcome, history: try decisionHistory().map {
                ReportDecision.Recorded(recommendation: $0.recommendation.rawValue, recordedAt: $0.recordedAt)
            }), dataset: try reportDataset(threshold: problem?.exampleThreshold),
            evals: evals, cost: cost.map(ReportCost.init))
    }

    /// The dataset section, or nil when nothing was imported.
    private func reportDataset(threshold: Int?) throws -> ReportDataset? {
        let datasets = try datasets()
        guard !datasets.isEmpty else { return nil }
        let counts = try reviewCounts()
        let settings = try validationSettings()
        let tokens = try tokenStatistics(dataset: nil, maxTokensPerExample: settings.tokenLimit)
        return ReportDataset(
            datasets: datasets.map {
                ReportDataset.Dataset(name: $0.name, format: $0.format.rawValue, examples: $0.examples, importProblems: $0.problems)
            },
            review: ReportDataset.Review(pending: counts.pending, accepted: counts.accepted, rejected: counts.rejected,
                                         flagged: counts.flagged, threshold: threshold),
            findings: try findingCounts(),
            tokens: ReportDataset.Tokens(counter: tokens.tokenCounter, exact: tokens.exact, total: tokens.totalTokens,
                                         assistant: tokens.assistantTokens, messagesPerExample: tokens.messagesPerExample,
                                         histogram: TokenHistogram(try totalTokens()), training: tokens.training))
    }

    /// Every example's token count, over every dataset.
    private func totalTokens() throws -> [Int] {
        try pool.read { db in try Int.fetchAll(db, sql: "SELECT total_tokens FROM example") }
    }

    /// Examples with each stored finding (the last validation's, or the import checks before one ran).
    private func findingCounts() throws -> [ReportDataset.Finding] {
        try pool.read { db in
            var examples: [CheckCategory: Int] = [:]
            let cursor = try String.fetchCursor(db, sql: "SELECT checks FROM example WHERE checks IS NOT NULL AND checks != ''")
            while let encoded = try cursor.next() {
                for category in CheckCounts(encoded: encoded).categories { examples[category, default: 0] += 1 }
            }
            return examples.keys.sorted().map { ReportDataset.Finding($0, examples: examples[$0]!) }
        }
    }

    /// SHA-256 of the project file after a passive checkpoint moved committed pages into it.
    private func fileSHA256() throws -> String {
        // Best effort: a read-only file or a busy writer leaves pages in the WAL, and the hash is of the file as is.
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ProjectFileError.unreadable(path: path, detail: "cannot open to hash it") }
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { hash.update(bufferPointer: $0) }
        }
        return hash.hexDigest()
    }
}
