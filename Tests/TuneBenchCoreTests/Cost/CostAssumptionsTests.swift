import Testing
import TuneBenchCore

@Suite struct CostAssumptionsTests {
    let user = AssumptionProvenance(origin: .stored, detail: "user-entered 2026-11-25")

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 }

    /// framework.md: 300-3000 examples in 2-8 weeks, $500-$5,000 training, 1-2 weeks of evals → $5K-$50K.
    @Test func typicalProjectLandsInsideTheFrameworkRange() throws {
        // Defaults: $12,500 + $22.50 + $4,500 = $17,022.50 one-time (see CostModelTests).
        let defaults = try CostEstimator.estimate(assumptions: .defaults(), prices: DefaultPrices.table)
        let expectedOneTime = defaults.scenario(.fineTunedAPI).expected.oneTime
        #expect((5_000...50_000).contains(expectedOneTime))

        // Small end: 300 examples × 16 min = 80 h = 2 weeks at $50 = $4,000; evals 1 week × $50 × 40 = $2,000;
        // training 1 run × 300 × 500 tokens × 3 epochs = 450,000 tokens × $3/1M = $1.35. Total $6,001.35.
        var small = CostAssumptions.defaults()
        for edit in ["examples_to_curate=300", "minutes_per_example=16", "hourly_rate=50", "eval_suite_weeks=1",
                     "training_runs=1", "training_price_per_1m=3"] {
            try small.apply(edit, provenance: user)
        }
        let smallOneTime = try CostEstimator.estimate(assumptions: small, prices: DefaultPrices.table)
            .scenario(.fineTunedAPI).expected.oneTime
        #expect(close(smallOneTime, 6_001.35))
        #expect((5_000...50_000).contains(smallOneTime))

        // Large end: 3,000 × 6.4 min = 320 h = 8 weeks at $100 = $32,000; evals 2 weeks × $4,000 = $8,000;
        // training 5 runs × 3,000 × 4,000 tokens × 3 epochs = 180M tokens × $25/1M = $4,500 (inside $500-$5,000).
        // Total $44,500.
        var large = CostAssumptions.defaults()
        for edit in ["examples_to_curate=3000", "minutes_per_example=6.4", "hourly_rate=100", "eval_suite_weeks=2",
                     "training_runs=5", "training_price_per_1m=25", "tokens_per_example=4000"] {
            try large.apply(edit, provenance: user)
        }
        let largeOneTime = try CostEstimator.estimate(assumptions: large, prices: DefaultPrices.table)
            .scenario(.fineTunedAPI).expected.oneTime
        #expect(close(largeOneTime, 44_500))
        #expect((5_000...50_000).contains(largeOneTime))
    }

    @Test func datasetTokensReplaceTheEstimates() throws {
        // The cookbook toy sample: 5 examples, 4,306 billing tokens per epoch, 20 epochs → 86,120 charged tokens.
        let tokens = TrainingTokens(examples: 5, billingTokensPerEpoch: 4_306, epochs: 20, isExact: true,
                                    encodingName: "cl100k_base")
        #expect(tokens.chargedTokens == 86_120)
        let assumptions = CostAssumptions.defaults(trainingTokens: tokens)
        #expect(assumptions[.examplesToCurate] == 5)
        #expect(assumptions[.epochs] == 20)
        #expect(assumptions.provenance(.tokensPerExample).origin == .dataset)
        #expect(assumptions.provenance(.tokensPerExample).detail == "from the dataset (exact, cl100k_base)")
        let inputs = try CostInputs(assumptions: assumptions, prices: DefaultPrices.table)
        // 5 × (4,306 / 5) × 20 = 86,120 tokens per run; 3 runs × 86,120 × $5/1M = $1.2918.
        #expect(close(CostModel.trainingTokensPerRun(inputs), 86_120))
        #expect(close(CostModel.apiTrainingCost(inputs), 1.2918))
    }

    @Test func editsParseValuesRangesAndModels() throws {
        var a = CostAssumptions.defaults()
        try a.apply("hourly_rate=90", provenance: user)
        #expect(a.range(.hourlyRate) == CostRange(low: 50, expected: 90, high: 100))
        try a.apply("hourly_rate=150", provenance: user)  // outside the range: the range widens to include it
        #expect(a.range(.hourlyRate) == CostRange(low: 50, expected: 150, high: 150))
        try a.apply("hourly_rate=60:80:120", provenance: user)
        #expect(a.range(.hourlyRate) == CostRange(low: 60, expected: 80, high: 120))
        try a.apply("hours_per_week=35", provenance: user)  // 40 had no range, so 35 has none either
        #expect(a.range(.hoursPerWeek) == .exactly(35))
        try a.apply("tuned_model=ft:gpt-4o-mini-2024-07-18", provenance: user)
        #expect(a.model(.tunedModel) == "ft:gpt-4o-mini-2024-07-18")
        #expect(a.provenance(.tunedModel) == user)
    }

    @Test(arguments: [
        ("hourly_rate=-5", "hourly_rate"),
        ("hourly_rate=nan", "hourly_rate"),
        ("calls_per_month=inf", "calls_per_month"),
        ("cache_hit_rate=1.5", "cache_hit_rate"),
        ("retrain_interval_months=0", "retrain_interval_months"),
        ("hourly_rate=100:80:120", "hourly_rate"),
        ("hourly_rate=1:2", "hourly_rate"),
        ("hourly_rate=abc", "hourly_rate"),
        ("hourlyrate=5", "hourlyrate"),
        ("tuned_model=", "tuned_model"),
        ("no equals sign", "no equals sign"),
    ])
    func impossibleInputIsRefusedNamingTheAssumption(edit: String, name: String) {
        var a = CostAssumptions.defaults()
        let before = a
        #expect(throws: CostInputError.self) { try a.apply(edit, provenance: user) }
        do { try a.apply(edit, provenance: user) } catch let error as CostInputError {
            #expect(error.assumption == name)
            #expect(error.description.contains(name))
        } catch { Issue.record("unexpected \(error)") }
        #expect(a == before)
    }

    @Test func missingPriceNamesTheModelAssumption() throws {
        var a = CostAssumptions.defaults()
        try a.apply("router_model=no-such-model", provenance: user)
        #expect(throws: CostInputError(assumption: "router_model",
            "router_model: no price for model 'no-such-model' in the price table (see `tunebench prices list PATH`)")) {
            try CostEstimator.estimate(assumptions: a, prices: DefaultPrices.table)
        }
        // An embedding-style entry with an input price only cannot price calls.
        var table = DefaultPrices.table
        table.upsert(ModelPrice(model: "embed", inputPer1M: 0.02, outputPer1M: nil, source: "test", asOf: "2026-11-25"))
        try a.apply("router_model=embed", provenance: user)
        #expect(throws: CostInputError.self) { try CostEstimator.estimate(assumptions: a, prices: table) }
    }

    @Test func everyAssumptionDefaultIsValidAndUniquelyNamed() throws {
        let names = CostAssumptionName.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        var a = CostAssumptions.defaults()
        for name in CostAssumptionName.allCases where !name.isModel {
            let r = name.spec.defaultRange
            try a.set(name, to: .number(r), provenance: user)  // throws if a default breaks its own rules
            #expect(!name.spec.unit.isEmpty)
        }
        for name in CostAssumptionName.allCases where name.isModel {
            #expect(DefaultPrices.table[name.spec.defaultModel!] != nil)
        }
    }
}

@Suite struct CostAssumptionNameTests {
    @Test func ordinalIsThePositionInAllCases() {
        for (position, name) in CostAssumptionName.allCases.enumerated() {
            #expect(name.ordinal == position)
        }
    }
}
