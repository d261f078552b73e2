import Foundation
import TuneBenchCore

/// A complete project report built from plain values: the worked GraphQL example's ladder (200 cases a rung),
/// a reviewed dataset with findings, and the default cost estimate. Dates and the file hash are fixed, so the
/// rendered formats can be compared with golden files.
enum ReportFixture {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)

    /// Passes per rung, of 200 cases; case `i` passes when `i < passed` so better runs pass a superset.
    static let ladder: [(id: Int64, name: String, rung: Rung, passed: Int)] = [
        (1, "prompt-v1", .baseline, 142), (2, "prompt-v3", .prompt, 164), (3, "rag-bm25", .rag, 166),
        (4, "gpt-4.1", .model, 172), (5, "lora-r16", .finetune, 194),
    ]

    static func report() throws -> ProjectReport {
        let evidenceRuns = ladder.map { run -> DecisionEvidence.Run in
            let interval = Wilson.interval(passed: run.passed, total: 200)
            return DecisionEvidence.Run(name: run.name, rung: run.rung, cases: 200, passed: run.passed,
                                        ciLow: interval.low, ciHigh: interval.high)
        }
        let outcome = DecisionEngine(evidence: DecisionEvidence(runs: evidenceRuns, acceptedExamples: 412))
            .evaluate(answers: ["problem": "format", "target": "0.98"])
        var runs = ladder.map { run in
            ReportEvals.Run(id: run.id, name: run.name, rung: run.rung, model: "gpt-4.1-mini", cases: 200,
                            passed: run.passed, meanScore: Double(run.passed) / 200, errors: 0, overrides: 0)
        }
        runs.append(ReportEvals.Run(id: 6, name: "smoke", rung: nil, model: nil, cases: 12, passed: 9, meanScore: 0.75,
                                    errors: 1, overrides: 2))
        let evals = ReportEvals(runs: runs, minimumCases: 50, target: 0.98) { id in
            let passed = ladder.first { $0.id == id }?.passed ?? 0
            return (0..<200).map { PairedComparison.Outcome(key: "case-\($0)", pass: $0 < passed, score: $0 < passed ? 1 : 0) }
        }
        let dataset = ReportDataset(
            datasets: [.init(name: "graphql-train", format: "openai-chat", examples: 520, importProblems: 3)],
            review: .init(pending: 60, accepted: 412, rejected: 40, flagged: 8, threshold: 300),
            findings: [.init(.missingContent, examples: 2), .init(.overTokenLimit, examples: 1),
                       .init(.missingSystemMessage, examples: 14), .init(.nearDuplicate, examples: 9)],
            tokens: .init(counter: "o200k_base", exact: true,
                          total: Distribution([180, 220, 240, 260, 310, 420, 980]),
                          assistant: Distribution([40, 60, 70, 80, 95, 120, 300]),
                          messagesPerExample: Distribution([3, 3, 3, 3, 3, 5, 5]),
                          histogram: TokenHistogram((0..<520).map { 180 + ($0 * $0 * 7) % 800 }),
                          training: TrainingTokenBill(epochs: 3, billingTokens: 140_400, chargedTokens: 421_200)))
        let cost = try CostEstimator.estimate(assumptions: .defaults(), prices: DefaultPrices.table)
        return ProjectReport(
            metadata: ProjectMetadata(name: "graphql-assistant",
                                      problem: "The assistant must answer with a valid GraphQL query for our schema.",
                                      targetMetric: "share of outputs that validate against the schema; goal 98%",
                                      createdAt: date, updatedAt: date),
            projectFile: .init(name: "graphql-assistant.tunebench", sha256: String(repeating: "ab", count: 32)),
            generatedAt: date,
            decision: ReportDecision(outcome, history: [
                .init(recommendation: Recommendation.buildEvalsFirst.rawValue, recordedAt: date.addingTimeInterval(-30 * 86_400)),
                .init(recommendation: Recommendation.fineTuneLoRA.rawValue, recordedAt: date.addingTimeInterval(-86_400)),
            ]), dataset: dataset, evals: evals, cost: ReportCost(cost))
    }

    /// The same report with `text` (plus the field's name, so each is findable) in every piece of text that can
    /// come from the project or its files.
    static func report(withEveryText text: String) throws -> ProjectReport {
        var report = try report()
        func t(_ field: String) -> String { "\(text) \(field)" }
        report.project.name = t("project name")
        report.project.problem = t("problem")
        report.project.targetMetric = t("target metric")
        report.project.createdAt = t("created")
        report.projectFile.name = t("file name")
        report.projectFile.sha256 = t("sha")
        report.generatedAt = t("generated")
        report.tunebenchVersion = t("version")
        report.decision.recommendation = t("recommendation")
        report.decision.pendingQuestion = t("pending")
        report.decision.problemKind = t("problem kind")
        report.decision.reasons = [t("reason")]
        report.decision.whatWouldChange = [t("change")]
        for index in report.decision.history.indices {
            report.decision.history[index].recommendation = t("recorded recommendation")
            report.decision.history[index].recordedAt = t("recorded at")
        }
        for index in report.decision.path.indices {
            report.decision.path[index].question = t("question")
            report.decision.path[index].answer = t("answer")
            report.decision.path[index].source = t("source")
            report.decision.path[index].evidence = t("evidence")
        }
        report.decision.gap?.baselineRun = t("baseline run")
        report.decision.gap?.bestNonTunedRun = t("best run")
        for index in report.decision.gap?.steps.indices ?? 0..<0 { report.decision.gap?.steps[index].run = t("gap run") }
        for index in report.dataset!.datasets.indices {
            report.dataset!.datasets[index].name = t("dataset name")
            report.dataset!.datasets[index].format = t("dataset format")
        }
        for index in report.dataset!.findings.indices {
            report.dataset!.findings[index].category = t("category")
            report.dataset!.findings[index].severity = t("severity")
        }
        report.dataset!.tokens.counter = t("counter")
        for index in report.evals.runs.indices {
            report.evals.runs[index].name = t("run name")
            report.evals.runs[index].model = t("model")
        }
        for index in report.evals.ladder.indices { report.evals.ladder[index].run = t("ladder run") }
        for index in report.evals.comparisons.indices {
            report.evals.comparisons[index].run = t("compared run")
            report.evals.comparisons[index].baselineRun = t("compared baseline")
            report.evals.comparisons[index].verdict = t("verdict")
        }
        report.cost!.summary = t("cost summary")
        report.cost!.cheapest = t("cheapest")
        for index in report.cost!.scenarios.indices {
            report.cost!.scenarios[index].title = t("scenario title")
            report.cost!.scenarios[index].scenario = t("scenario")
        }
        for index in report.cost!.sensitivities.indices { report.cost!.sensitivities[index].assumption = t("assumption") }
        return report
    }

    /// The built-in templates.
    static func renderer() throws -> ReportRenderer { ReportRenderer(templates: try ReportTemplates.builtIn()) }
}
