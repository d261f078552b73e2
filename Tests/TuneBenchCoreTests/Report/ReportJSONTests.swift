import Foundation
import Testing
import TuneBenchCore

/// The JSON report against its documented schema (docs/REPORT.md, schema_version 1).
@Suite struct ReportJSONTests {
    /// The keys schema 1 promises at each level; optional keys (absent when there is nothing to say) are marked.
    static let topLevel: Set = ["schema_version", "generated_at", "tunebench_version", "project_file", "project",
                                "decision", "evals"]
    static let optionalTopLevel: Set = ["dataset", "cost"]

    @Test func keysFollowTheSchema() throws {
        let text = try ReportFixture.renderer().render(try ReportFixture.report(), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Self.topLevel.union(Self.optionalTopLevel))
        #expect(object["schema_version"] as? Int == 1)
        try expectKeys(object["project_file"], ["name", "sha256"])
        try expectKeys(object["project"], ["name", "problem", "target_metric", "created_at"])
        try expectKeys(object["decision"], ["recommendation", "recommends_fine_tuning", "problem_kind", "path", "reasons",
                                            "what_would_change", "gap", "pending_question", "history"],
                       optional: ["recommendation", "pending_question", "problem_kind", "gap"])
        let decision = try #require(object["decision"] as? [String: Any])
        try expectKeys((decision["path"] as? [Any])?.first, ["node", "question", "answer", "source"], optional: ["evidence"])
        try expectKeys((decision["history"] as? [Any])?.first, ["recommendation", "recorded_at"])
        try expectKeys(decision["gap"], ["baseline", "baseline_run", "target", "steps", "best_non_tuned",
                                         "best_non_tuned_run", "remaining", "remaining_share", "fine_tuned"])
        try expectKeys(((decision["gap"] as? [String: Any])?["steps"] as? [Any])?.first,
                       ["rung", "run", "pass_rate", "closed", "share"])
        try expectKeys(object["dataset"], ["datasets", "examples", "review", "findings", "tokens"])
        let dataset = try #require(object["dataset"] as? [String: Any])
        try expectKeys(dataset["review"], ["pending", "accepted", "rejected", "flagged", "threshold"])
        try expectKeys((dataset["findings"] as? [Any])?.first, ["category", "severity", "examples"])
        try expectKeys(dataset["tokens"], ["counter", "exact", "total", "assistant", "messages_per_example", "histogram",
                                           "training"])
        try expectKeys(((dataset["tokens"] as? [String: Any])?["histogram"] as? [String: Any])?["bins"].flatMap { ($0 as? [Any])?.first },
                       ["low", "high", "examples"])
        try expectKeys(object["evals"], ["runs", "ladder", "comparisons", "minimum_cases", "target"])
        let evals = try #require(object["evals"] as? [String: Any])
        try expectKeys((evals["runs"] as? [Any])?.first, ["id", "name", "rung", "model", "cases", "passed", "pass_rate",
                                                          "ci_low", "ci_high", "mean_score", "errors", "overrides"])
        try expectKeys((evals["ladder"] as? [Any])?.first, ["rung", "run", "cases", "pass_rate", "ci_low", "ci_high"])
        try expectKeys((evals["comparisons"] as? [Any])?.first, ["rung", "baseline_run", "run", "paired", "baseline_only",
                                                                 "run_only", "p_value", "score_diff", "diff_low",
                                                                 "diff_high", "verdict"])
        try expectKeys(object["cost"], ["summary", "cheapest", "candidate", "break_even_month", "scenarios", "sensitivities"],
                       optional: ["break_even_month"])
        let cost = try #require(object["cost"] as? [String: Any])
        try expectKeys((cost["scenarios"] as? [Any])?.first, ["scenario", "title", "one_time", "monthly", "total12",
                                                              "total12_low", "total12_high", "total24", "total24_low",
                                                              "total24_high"])
    }

    @Test func decodesBackToTheSameReport() throws {
        let report = try ReportFixture.report()
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded = try decoder.decode(ProjectReport.self, from: Data(try ReportRenderer.json(report).utf8))
        #expect(decoded == report)
    }

    private func expectKeys(_ value: Any?, _ keys: Set<String>, optional: Set<String> = [],
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try #require(value as? [String: Any], sourceLocation: sourceLocation)
        let present = Set(object.keys)
        #expect(present.isSubset(of: keys.union(optional)), "unexpected keys \(present.subtracting(keys.union(optional)))",
                sourceLocation: sourceLocation)
        #expect(keys.subtracting(optional).isSubset(of: present), "missing keys \(keys.subtracting(optional).subtracting(present))",
                sourceLocation: sourceLocation)
    }
}

@Suite struct TokenHistogramTests {
    @Test func binsCoverEveryValueOnce() {
        let histogram = TokenHistogram([1, 2, 3, 10, 10, 25], binCount: 5)
        #expect(histogram.bins.map(\.low) == [1, 6, 11, 16, 21])
        #expect(histogram.bins.map(\.examples) == [3, 2, 0, 0, 1])
        #expect(TokenHistogram([7, 7]).bins == [.init(low: 7, high: 7, examples: 2)])
        #expect(TokenHistogram([]).bins.isEmpty)
    }
}
