import Foundation

/// The values the Markdown and HTML templates see (docs/REPORT.md lists them): the report's figures formatted
/// for people, text bars for Markdown and chart geometry for SVG. Project text stays raw here; the templates'
/// content types escape it.
enum ReportTemplateContext {
    static func make(_ report: ProjectReport) -> [String: Any] {
        var context: [String: Any] = [
            "schema_version": report.schemaVersion,
            "generated_at": report.generatedAt,
            "tunebench_version": report.tunebenchVersion,
            "file_name": report.projectFile.name,
            "sha256": report.projectFile.sha256,
            "project": [
                "name": report.project.name,
                "problem": report.project.problem.isEmpty ? "(not stated)" : report.project.problem,
                "target_metric": report.project.targetMetric.isEmpty ? "(not stated)" : report.project.targetMetric,
                "created_at": report.project.createdAt,
            ],
            "decision": decision(report.decision),
            "evals": evals(report.evals),
        ]
        if let dataset = report.dataset { context["dataset"] = self.dataset(dataset) }
        if let cost = report.cost { context["cost"] = self.cost(cost) }
        return context
    }

    private static func texts(_ lines: [String]) -> [[String: Any]] { lines.map { ["text": $0] } }

    private static func decision(_ decision: ReportDecision) -> [String: Any] {
        var result: [String: Any] = [
            "path": decision.path.map { step -> [String: Any] in
                var row: [String: Any] = ["node": step.node, "question": step.question, "answer": step.answer,
                                          "source": step.source, "is_override": step.source == "override"]
                if let evidence = step.evidence { row["evidence"] = evidence }
                return row
            },
            "reasons": texts(decision.reasons),
            "changes": texts(decision.whatWouldChange),
            "fine_tune": decision.recommendsFineTuning,
            "history": decision.history.map { ["recommendation": $0.recommendation, "recorded_at": $0.recordedAt] },
            "has_history": !decision.history.isEmpty,
        ]
        if let recommendation = decision.recommendation { result["recommendation"] = recommendation }
        if let pending = decision.pendingQuestion { result["pending_question"] = pending }
        if let kind = decision.problemKind { result["problem_kind"] = kind }
        if let gap = decision.gap { result["gap"] = self.gap(gap) }
        return result
    }

    private static func gap(_ gap: GapAttribution) -> [String: Any] {
        var rows: [[String: Any]] = [[
            "label": "baseline", "kind": "baseline", "run": gap.baselineRun, "pass_rate": ReportNumbers.percent(gap.baseline),
            "closed": "–", "share": "–", "bar": ReportNumbers.bar(0),
        ]]
        for step in gap.steps {
            rows.append([
                "label": step.rung.rawValue, "kind": step.rung.rawValue, "run": step.run,
                "pass_rate": ReportNumbers.percent(step.passRate), "closed": ReportNumbers.points(step.closed),
                "share": ReportNumbers.wholePercent(step.share), "bar": ReportNumbers.bar(step.share),
            ])
        }
        rows.append([
            "label": "remaining (model-shaped?)", "kind": "remaining", "run": "–", "pass_rate": "–",
            "closed": ReportNumbers.points(gap.remaining), "share": ReportNumbers.wholePercent(gap.remainingShare),
            "bar": ReportNumbers.bar(gap.remainingShare),
        ])
        var result: [String: Any] = [
            "target": ReportNumbers.percent(gap.target), "baseline": ReportNumbers.percent(gap.baseline),
            "baseline_run": gap.baselineRun, "gap": ReportNumbers.points(gap.gap),
            "best_non_tuned": ReportNumbers.percent(gap.bestNonTuned), "best_non_tuned_run": gap.bestNonTunedRun,
            "remaining": ReportNumbers.points(gap.remaining), "remaining_share": ReportNumbers.wholePercent(gap.remainingShare),
            "rows": rows, "chart": ReportCharts.gap(gap),
        ]
        if let tuned = gap.fineTuned { result["fine_tuned"] = ReportNumbers.percent(tuned) }
        return result
    }

    private static func dataset(_ dataset: ReportDataset) -> [String: Any] {
        let review = dataset.review
        let total = max(1, dataset.examples)
        let statuses: [(String, Int)] = [("accepted", review.accepted), ("pending", review.pending),
                                         ("rejected", review.rejected), ("flagged", review.flagged)]
        var reviewContext: [String: Any] = [
            "statuses": statuses.map { name, count -> [String: Any] in
                ["status": name, "count": ReportNumbers.grouped(count),
                 "share": ReportNumbers.wholePercent(Double(count) / Double(total)),
                 "bar": ReportNumbers.bar(Double(count) / Double(total))]
            },
            "reviewed": ReportNumbers.grouped(review.reviewed),
            "reviewed_share": ReportNumbers.wholePercent(Double(review.reviewed) / Double(total)),
            "accepted": ReportNumbers.grouped(review.accepted),
        ]
        if let threshold = review.threshold {
            let progress = Double(review.accepted) / Double(max(1, threshold))
            reviewContext["threshold"] = [
                "needed": ReportNumbers.grouped(threshold), "progress": ReportNumbers.wholePercent(min(1, progress)),
                "bar": ReportNumbers.bar(progress), "met": review.accepted >= threshold,
                "missing": ReportNumbers.grouped(max(0, threshold - review.accepted)),
                "width": ReportNumbers.coordinate(min(1, progress) * 100),
            ]
        }
        var result: [String: Any] = [
            "examples": ReportNumbers.grouped(dataset.examples),
            "datasets": dataset.datasets.map { item -> [String: Any] in
                ["name": item.name, "format": item.format, "examples": ReportNumbers.grouped(item.examples),
                 "import_problems": ReportNumbers.grouped(item.importProblems)]
            },
            "review": reviewContext,
            "findings": dataset.findings.map { finding -> [String: Any] in
                ["category": finding.category, "severity": finding.severity, "is_error": finding.severity == "error",
                 "examples": ReportNumbers.grouped(finding.examples),
                 "share": ReportNumbers.wholePercent(Double(finding.examples) / Double(total))]
            },
            "has_findings": !dataset.findings.isEmpty,
        ]
        let tokens = dataset.tokens
        let mark = TokenFigureMark.suffix(estimated: !tokens.exact)
        let distributions: [(String, Distribution?)] = [("tokens per example" + mark, tokens.total),
                                                        ("assistant tokens per example" + mark, tokens.assistant),
                                                        ("messages per example", tokens.messagesPerExample)]
        result["tokens"] = [
            "counter": tokens.counter, "estimate": !tokens.exact, "mark": TokenFigureMark.estimate,
            "rows": distributions.compactMap { label, distribution -> [String: Any]? in
                guard let distribution else { return nil }
                return ["label": label, "min": ReportNumbers.grouped(distribution.min),
                        "p10": ReportNumbers.count(distribution.p10), "median": ReportNumbers.count(distribution.median),
                        "mean": ReportNumbers.count(distribution.mean), "p90": ReportNumbers.count(distribution.p90),
                        "max": ReportNumbers.grouped(distribution.max)]
            },
            "histogram": histogram(tokens.histogram),
            "epochs": tokens.training.epochs, "billing_tokens": ReportNumbers.grouped(tokens.training.billingTokens),
            "charged_tokens": ReportNumbers.grouped(tokens.training.chargedTokens),
        ] as [String: Any]
        return result
    }

    private static func histogram(_ histogram: TokenHistogram) -> [String: Any] {
        let largest = max(1, histogram.bins.map(\.examples).max() ?? 1)
        return [
            "bins": histogram.bins.map { bin -> [String: Any] in
                ["range": ReportNumbers.grouped(bin.low) + "–" + ReportNumbers.grouped(bin.high),
                 "examples": ReportNumbers.grouped(bin.examples),
                 "bar": ReportNumbers.bar(Double(bin.examples) / Double(largest))]
            },
            "chart": ReportCharts.histogram(histogram),
        ]
    }

    private static func evals(_ evals: ReportEvals) -> [String: Any] {
        var result: [String: Any] = [
            "runs": evals.runs.map { run -> [String: Any] in
                ["name": run.name, "rung": run.rung?.rawValue ?? "–", "model": run.model ?? "–",
                 "cases": ReportNumbers.grouped(run.cases), "passed": ReportNumbers.grouped(run.passed),
                 "pass_rate": ReportNumbers.percent(run.passRate), "interval": ReportNumbers.interval(run.ciLow, run.ciHigh),
                 "errors": ReportNumbers.grouped(run.errors), "overrides": ReportNumbers.grouped(run.overrides),
                 "small": run.cases < evals.minimumCases]
            },
            "has_runs": !evals.runs.isEmpty,
            "minimum_cases": evals.minimumCases,
            "ladder": evals.ladder.map { step -> [String: Any] in
                ["rung": step.rung.rawValue, "run": step.run, "cases": ReportNumbers.grouped(step.cases),
                 "pass_rate": ReportNumbers.percent(step.passRate), "interval": ReportNumbers.interval(step.ciLow, step.ciHigh),
                 "bar": ReportNumbers.bar(step.passRate)]
            },
            "has_ladder": !evals.ladder.isEmpty,
            "comparisons": evals.comparisons.map { comparison -> [String: Any] in
                ["rung": comparison.rung.rawValue, "run": comparison.run, "baseline_run": comparison.baselineRun,
                 "paired": ReportNumbers.grouped(comparison.paired),
                 "run_only": ReportNumbers.grouped(comparison.runOnly),
                 "baseline_only": ReportNumbers.grouped(comparison.baselineOnly),
                 "p_value": ReportNumbers.pValue(comparison.pValue),
                 "diff": ReportNumbers.signedPoints(comparison.scoreDiff),
                 "diff_interval": String(format: "%+.1f to %+.1f", comparison.diffLow * 100, comparison.diffHigh * 100),
                 "verdict": comparison.verdict,
                 "is_better": comparison.verdict == PairedComparison.Verdict.better.rawValue,
                 "is_worse": comparison.verdict == PairedComparison.Verdict.worse.rawValue]
            },
            "has_comparisons": !evals.comparisons.isEmpty,
        ]
        if !evals.ladder.isEmpty { result["chart"] = ReportCharts.ladder(evals.ladder, target: evals.target) }
        if let target = evals.target { result["target"] = ReportNumbers.percent(target) }
        return result
    }

    private static func cost(_ cost: ReportCost) -> [String: Any] {
        var result: [String: Any] = [
            "summary": cost.summary,
            "scenarios": cost.scenarios.map { scenario -> [String: Any] in
                ["title": scenario.title, "scenario": scenario.scenario, "cheapest": scenario.scenario == cost.cheapest,
                 "one_time": Money.format(scenario.oneTime), "monthly": Money.format(scenario.monthly),
                 "total12": Money.format(scenario.total12),
                 "range12": Money.format(scenario.total12Low) + "–" + Money.format(scenario.total12High),
                 "total24": Money.format(scenario.total24),
                 "range24": Money.format(scenario.total24Low) + "–" + Money.format(scenario.total24High)]
            },
            "sensitivities": cost.sensitivities.prefix(5).map { item -> [String: Any] in
                ["assumption": item.assumption,
                 "range": Money.format(min(item.totalAtLow, item.totalAtHigh)) + "–" + Money.format(max(item.totalAtLow, item.totalAtHigh))]
            },
        ]
        if let month = cost.breakEvenMonth { result["break_even_month"] = month }
        return result
    }
}
