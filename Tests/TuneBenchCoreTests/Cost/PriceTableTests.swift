import Foundation
import Testing
import TuneBenchCore

@Suite struct PriceTableTests {
    @Test func liteLLMSampleImportsAndSkips() throws {
        let url = try #require(Bundle.module.url(
            forResource: "litellm_model_prices_and_context_window_backup", withExtension: "json",
            subdirectory: "Fixtures/prices"))
        let result = try LiteLLMPriceImporter.importPrices(
            from: Data(contentsOf: url), fileName: "litellm.json", asOf: "2026-11-25")
        // Counted independently with Python (see Fixtures/prices/SOURCES.md): 4,878 keys = 3,945 + 933.
        #expect(result.prices.count == 3_945)
        #expect(result.skipped == 933)
        let table = PriceTable(result.prices)
        // gpt-4o-mini: 1.5e-07 and 6e-07 per token, cache read 7.5e-08 → $0.15 / $0.60 / $0.075 per 1M.
        let mini = try #require(table["gpt-4o-mini"])
        #expect(mini.inputPer1M == 0.15)
        #expect(mini.outputPer1M == 0.6)
        #expect(mini.cacheReadPer1M == 0.075)
        #expect(mini.provider == "openai")
        #expect(mini.source == "https://developers.openai.com/api/docs/pricing via litellm.json")
        #expect(mini.asOf == "2026-11-25")
        // formats.md §5: fine-tuned inference ft:gpt-4o-mini $0.30/$1.20, ft:gpt-4.1-mini $0.80/$3.20.
        #expect(table["ft:gpt-4o-mini-2024-07-18"]?.inputPer1M == 0.3)
        #expect(table["ft:gpt-4.1-mini-2025-04-14"]?.outputPer1M == 3.2)
        #expect(table["sample_spec"] == nil)
        // The shipped defaults agree with the file they were read from.
        for price in DefaultPrices.all {
            let imported = try #require(table[price.model])
            #expect(imported.inputPer1M == price.inputPer1M && imported.outputPer1M == price.outputPer1M)
            #expect(imported.cacheReadPer1M == price.cacheReadPer1M)
        }
    }

    @Test func entriesWithoutUsablePricesAreSkipped() throws {
        let json = """
        {"sample_spec": {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0},
         "a": {"input_cost_per_token": 2e-06, "output_cost_per_token": 8e-06, "litellm_provider": "p"},
         "embed": {"input_cost_per_token": 2e-08},
         "image": {"output_cost_per_image": 0.04},
         "bad": {"input_cost_per_token": "free", "output_cost_per_token": 1e-06},
         "negative": {"input_cost_per_token": -1e-06, "output_cost_per_token": 1e-06},
         "nulls": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06, "cache_read_input_token_cost": null},
         "notanobject": 5}
        """
        let result = try LiteLLMPriceImporter.importPrices(from: Data(json.utf8), fileName: "f.json", asOf: "2026-11-25")
        #expect(result.prices.map(\.model) == ["a", "embed", "nulls"])
        #expect(result.skipped == 5)
        #expect(result.prices[0].inputPer1M == 2 && result.prices[0].outputPer1M == 8)
        #expect(result.prices[0].source == "f.json")
        #expect(result.prices[1].outputPer1M == nil)
        #expect(result.prices[2].cacheReadPer1M == nil)
    }

    @Test func notAPriceTableIsAnError() {
        #expect(throws: LiteLLMPriceImporter.FormatError.self) {
            try LiteLLMPriceImporter.importPrices(from: Data("[1,2]".utf8), fileName: "x.json", asOf: "2026-11-25")
        }
        #expect(throws: LiteLLMPriceImporter.FormatError.self) {
            try LiteLLMPriceImporter.importPrices(from: Data("{not json".utf8), fileName: "x.json", asOf: "2026-11-25")
        }
    }

    @Test func globMatchesWholeNames() {
        let table = DefaultPrices.table
        #expect(table.matching(glob: "gpt-4.1*").map(\.model) == ["gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano"])
        #expect(table.matching(glob: "*haiku*").map(\.model) == ["claude-haiku-4-5"])
        #expect(table.matching(glob: "gpt-4?").map(\.model) == ["gpt-4o"])
        #expect(table.matching(glob: "gpt").isEmpty)
        #expect(Glob("a*b*c").matches("aXXbYYc"))
        #expect(!Glob("a*b*c").matches("aXXbYY"))
    }

    @Test func moneyFormatting() {
        #expect(Money.format(12_500.4) == "$12,500")
        #expect(Money.format(1_234_567) == "$1,234,567")
        #expect(Money.format(999) == "$999")
        #expect(Money.format(-3) == "-$3")
        #expect(Money.formatPrecise(0.00418) == "$0.00418")
    }
}
