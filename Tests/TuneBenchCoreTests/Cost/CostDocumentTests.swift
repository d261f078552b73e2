import Foundation
import Testing
import TuneBenchCore

@Suite struct CostDocumentTests {
    @Test func jsonHasExactlyTheContractKeys() throws {
        let assumptions = CostAssumptions.defaults()
        let estimate = try CostEstimator.estimate(assumptions: assumptions, prices: DefaultPrices.table)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(CostEstimateDocument(estimate: estimate, assumptions: assumptions))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["assumptions", "scenarios", "break_even_month", "cheapest", "most_sensitive", "dataset_building"])
        #expect(object["break_even_month"] is NSNull)  // the tune never catches up at 300,000 calls/month
        #expect(object["cheapest"] as? String == "routing")
        #expect(object["most_sensitive"] as? String == "calls_per_month")
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String } == ["current", "routing", "fine_tuned_api", "fine_tuned_self_hosted"])
        #expect(Set(scenarios[0].keys) == ["name", "one_time", "monthly", "total_12m", "total_24m", "total_12m_low", "total_12m_high"])
        #expect(scenarios[1]["total_12m"] as? Double == 16_824)
        let all = try #require(object["assumptions"] as? [String: [String: Any]])
        #expect(all.count == CostAssumptionName.allCases.count)
        let rate = try #require(all["hourly_rate"])
        #expect(rate["value"] as? Double == 75 && rate["low"] as? Double == 50 && rate["high"] as? Double == 100)
        #expect(rate["unit"] as? String == "$/hour")
        let model = try #require(all["tuned_model"])
        #expect(model["value"] as? String == "ft:gpt-4.1-mini-2025-04-14" && model["low"] is NSNull)
    }

    @Test func textReportNamesTheNumbersAndTheirSources() throws {
        var assumptions = CostAssumptions.defaults()
        try assumptions.apply("training_price_per_1m=3", provenance: .init(origin: .stored, detail: "user-entered 2026-11-20"))
        let estimate = try CostEstimator.estimate(assumptions: assumptions, prices: DefaultPrices.table)
        let text = CostTextReport.render(estimate: estimate, assumptions: assumptions, prices: DefaultPrices.table)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("routing") && $0.contains("$3,000") && $0.contains("$16,824") })
        #expect(text.contains("Break-even: fine_tuned_api never catches up with current at this volume"))
        // Training at $3: 3 runs × 1.5M × $3/1M = $13.50; one-time $17,013.50; fixed monthly $2,600 + $3 = $2,603.
        // Volume: ($17,013.50 + 12 × $2,603) / (12 × $0.00528) = $48,249.50 / $0.06336 = 761,513.6 calls/month.
        #expect(text.contains("cheaper above 761,514 calls/month"))
        #expect(text.contains("1,000 examples × 500 tokens × 3 epochs = 1,500,000 (assumed"))
        #expect(text.contains("training price $3/1M training tokens (user-entered 2026-11-20)"))
        #expect(text.contains("    hourly_rate = 75 (50-100) $/hour [default: framework"))
        #expect(text.contains("    tuned_model = ft:gpt-4.1-mini-2025-04-14 ($0.8 in / $3.2 out per 1M, 2026-11-25)"))
    }

    @Test func controlCharactersInModelNamesNeverReachTheTerminal() throws {
        var table = DefaultPrices.table
        let evil = "gpt\u{1B}[2Jx"
        table.upsert(ModelPrice(model: evil, inputPer1M: 1, outputPer1M: 2, source: "test", asOf: "2026-11-25"))
        var assumptions = CostAssumptions.defaults()
        try assumptions.apply("current_model=\(evil)", provenance: .init(origin: .override, detail: "test"))
        let estimate = try CostEstimator.estimate(assumptions: assumptions, prices: table)
        let text = CostTextReport.render(estimate: estimate, assumptions: assumptions, prices: table)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("current_model = gpt?[2Jx"))
    }
}
