import Foundation
import Testing
import TuneBenchTestSupport

/// `cost`, `assume` and `prices`, through the real binary.
@Suite struct CostCommandsTests {
    let dir: TemporaryDirectory
    let project: String

    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        let created = try CLI.run(["new", project, "--name", "cost"])
        #expect(created.status == 0, "\(created.stderr)")
    }

    private func costJSON(_ extra: [String] = []) throws -> [String: Any] {
        let result = try CLI.run(["cost", project, "--json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func scenario(_ json: [String: Any], _ name: String) throws -> [String: Any] {
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        return try #require(scenarios.first { $0["name"] as? String == name })
    }

    @Test func costJSONHasTheContractShapeAndTheDefaultFigures() throws {
        let json = try costJSON()
        #expect(Set(json.keys) == ["assumptions", "scenarios", "break_even_month", "cheapest", "most_sensitive", "dataset_building"])
        let routing = try scenario(json, "routing")
        #expect(Set(routing.keys) == ["name", "one_time", "monthly", "total_12m", "total_24m", "total_12m_low", "total_12m_high"])
        // $3,000 setup + 12 × $1,152 (see CostModelTests for the arithmetic).
        #expect(routing["total_12m"] as? Double == 16_824)
        #expect(json["cheapest"] as? String == "routing")
        #expect(json["most_sensitive"] as? String == "calls_per_month")
        #expect(json["break_even_month"] is NSNull)
        let rate = try #require((json["assumptions"] as? [String: [String: Any]])?["hourly_rate"])
        #expect(rate["value"] as? Double == 75 && rate["unit"] as? String == "$/hour")
    }

    @Test func setIsForOneComputationAndAssumeStores() throws {
        // 1M calls: current $8,000/month vs the tune's $5,325; $17,022.50 up front / $2,675 = 6.4 → month 7.
        let once = try costJSON(["--set", "calls_per_month=1000000"])
        #expect(once["break_even_month"] as? Int == 7)
        #expect(try scenario(once, "current")["monthly"] as? Double == 8_000)
        #expect(try costJSON()["break_even_month"] is NSNull)  // nothing was stored

        let stored = try CLI.run(["assume", project, "calls_per_month=1000000", "hourly_rate=60:90:120"])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("hourly_rate: 75 (50-100) -> 90 (60-120) $/hour"))
        let after = try costJSON()
        #expect(try scenario(after, "current")["monthly"] as? Double == 8_000)
        let rate = try #require((after["assumptions"] as? [String: [String: Any]])?["hourly_rate"])
        #expect(rate["low"] as? Double == 60 && rate["value"] as? Double == 90 && rate["high"] as? Double == 120)
        let text = try CLI.run(["cost", project])
        #expect(text.stdout.contains("hourly_rate = 90 (60-120) $/hour [user-entered 20"))
        let overridden = try CLI.run(["cost", project, "--set", "hourly_rate=70"])
        #expect(overridden.stdout.contains("hourly_rate = 70 (60-120) $/hour [--set, this computation only]"))
    }

    @Test(arguments: [
        (["cost", "--set", "calls_per_month=-1"], "calls_per_month"),
        (["cost", "--set", "hourly_rate=nan"], "hourly_rate"),
        (["cost", "--set", "no_such_thing=1"], "no_such_thing"),
        (["cost", "--set", "tuned_model=not-a-model"], "tuned_model"),
        (["cost", "--scenario", "cheapest"], "cheapest"),
        (["assume", "hourly_rate=80", "cache_hit_rate=2"], "cache_hit_rate"),
    ])
    func impossibleInputExitsTwoNamingItAndStoresNothing(arguments: [String], name: String) throws {
        var full = arguments
        full.insert(project, at: 1)
        let result = try CLI.run(full)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(name), "\(result.stderr)")
        let rate = try #require((try costJSON()["assumptions"] as? [String: [String: Any]])?["hourly_rate"])
        #expect(rate["value"] as? Double == 75)  // the valid half of the assume was not stored either
    }

    @Test func pricesImportTheLiteLLMSampleAndList() throws {
        let sample = CLI.repositoryRoot
            .appendingPathComponent("Tests/TuneBenchCoreTests/Fixtures/prices/litellm_model_prices_and_context_window_backup.json").path
        let imported = try CLI.run(["prices", "import", project, sample, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Int])
        #expect(counts == ["imported": 3_945, "skipped": 933])  // counted with Python: Fixtures/prices/SOURCES.md

        let listed = try CLI.run(["prices", "list", project, "--model", "ft:gpt-4o-mini*", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let prices = try #require(object["prices"] as? [[String: Any]])
        #expect(prices.map { $0["model"] as? String } == ["ft:gpt-4o-mini-2024-07-18"])
        #expect(prices[0]["input_per_1m"] as? Double == 0.3 && prices[0]["output_per_1m"] as? Double == 1.2)

        // A model only the import knows can now be chosen.
        let chosen = try CLI.run(["assume", project, "router_model=anthropic.claude-3-7-sonnet-20250219-v1:0"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
    }

    @Test func pricesImportRefusesAFileThatIsNotAPriceTable() throws {
        let bad = dir.path("bad.json")
        try Data("[1, 2, 3]".utf8).write(to: URL(fileURLWithPath: bad))
        let result = try CLI.run(["prices", "import", project, bad])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.json"))
        let missing = try CLI.run(["prices", "import", project, dir.path("absent.json")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent.json"))
    }
}

extension CostCommandsTests {
    @Test func pricesSetEntersADatedUserPriceThatCostUses() throws {
        let set = try CLI.run(["prices", "set", project, "my-tuned-model", "--input", "0.5", "--output", "2", "--note", "invoice 42"])
        #expect(set.status == 0, "\(set.stderr)")
        let listed = try CLI.run(["prices", "list", project, "--model", "my-*", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let price = try #require((object["prices"] as? [[String: Any]])?.first)
        #expect(price["source"] as? String == "user-entered: invoice 42")
        #expect((price["as_of"] as? String)?.count == 10)
        #expect(price["cache_read_per_1m"] is NSNull)
        // Tuned calls: (200 + 2,000) × $0.50/1M + 300 × $2/1M = $0.0011 + $0.0006 = $0.0017 × 300,000 = $510;
        // monthly $510 + $2,605 fixed = $3,115.
        let json = try costJSON(["--set", "tuned_model=my-tuned-model"])
        #expect(try scenario(json, "fine_tuned_api")["monthly"] as? Double == 3_115)

        let negative = try CLI.run(["prices", "set", project, "x", "--input=-1"])
        #expect(negative.status == 2 && negative.stderr.contains("--input must be a finite number >= 0"))
        let neither = try CLI.run(["prices", "set", project, "x"])
        #expect(neither.status == 2)
    }
}

extension CostCommandsTests {
    @Test func costUsesTheAcceptedExamplesTokens() throws {
        let toy = try #require(Bundle.module.url(
            forResource: "Fixtures/datasets/openai_cookbook_toy_chat_fine_tuning.jsonl", withExtension: nil)).path
        #expect(try CLI.run(["import", project, toy]).status == 0)
        let listed = try CLI.run(["examples", project, "--json"])
        let examples = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let ids = examples.compactMap { $0["id"] as? String }
        let tokens = examples.compactMap { $0["tokens"] as? Int }
        #expect(ids.count == 5 && tokens.count == 5)
        for id in ids.prefix(4) {
            #expect(try CLI.run(["review", project, id, "--accept"]).status == 0)
        }
        let json = try costJSON()
        let assumptions = try #require(json["assumptions"] as? [String: [String: Any]])
        // Four accepted: epochs = min(25, 100 / 4) = 25; tokens per example × 4 = Σ min(16,385, tokens).
        #expect(assumptions["examples_to_curate"]?["value"] as? Double == 4)
        #expect(assumptions["epochs"]?["value"] as? Double == 25)
        let perExample = try #require(assumptions["tokens_per_example"]?["value"] as? Double)
        let billing = tokens.prefix(4).reduce(0) { $0 + min(16_385, $1) }
        #expect(abs(perExample * 4 - Double(billing)) < 1e-6)
        let text = try CLI.run(["cost", project])
        #expect(text.stdout.contains("Training tokens per run: 4 examples ×"))
        let charged = String(billing * 25).reversed().enumerated()
            .map { $0.offset > 0 && $0.offset % 3 == 0 ? ",\($0.element)" : "\($0.element)" }.joined().reversed()
        #expect(text.stdout.contains("epochs = \(String(charged)) (from the dataset ("), "\(text.stdout)")
    }
}
