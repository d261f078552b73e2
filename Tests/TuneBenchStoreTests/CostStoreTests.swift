import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct CostStoreTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    @Test func newProjectStartsWithTheDatedDefaultPrices() throws {
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "p")
        let table = try store.priceTable()
        #expect(table.all == DefaultPrices.table.all)
        #expect(table["gpt-4.1"]?.asOf == DefaultPrices.asOf)
        #expect(try store.recordCounts()["model_prices"] == nil)  // seeded reference data, not project records
        #expect(try store.recordCounts()["assumptions"] == 0)
        #expect(try store.costAssumptions() == CostAssumptions.defaults())
    }

    @Test func storedAssumptionsSurviveReopeningAndCanBeRemoved() throws {
        let path = dir.path("p.tunebench")
        let store = try ProjectStore.create(path: path, name: "p")
        let day = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 UTC
        try store.changeCostAssumptions([
            (.hourlyRate, .number(CostRange(low: 60, expected: 90, high: 120))),
            (.tunedModel, .model("ft:gpt-4o-mini-2024-07-18")),
        ], now: day)
        try store.close()

        let again = try ProjectStore.open(path: path)
        let assumptions = try again.costAssumptions()
        #expect(assumptions.range(.hourlyRate) == CostRange(low: 60, expected: 90, high: 120))
        #expect(assumptions.model(.tunedModel) == "ft:gpt-4o-mini-2024-07-18")
        #expect(assumptions.provenance(.hourlyRate) == AssumptionProvenance(origin: .stored, detail: "user-entered 2026-11-18"))
        #expect(try again.recordCounts()["assumptions"] == 2)

        try again.changeCostAssumptions([(.hourlyRate, nil)])
        let reverted = try again.costAssumptions()
        #expect(reverted.range(.hourlyRate) == CostAssumptionName.hourlyRate.spec.defaultRange)
        #expect(reverted.provenance(.hourlyRate).origin == .builtIn)
    }

    @Test func assumeAppliesChecksAndStoresAllOrNothing() throws {
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "p")
        let day = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 UTC
        let changes = try store.assume(["hourly_rate=90", "tuned_model=gpt-4.1-nano", "hourly_rate=60:90:120"], now: day)
        #expect(changes.map(\.description) == [
            "hourly_rate: 75 (50-100) -> 90 (60-120) $/hour", "tuned_model: ft:gpt-4.1-mini-2025-04-14 -> gpt-4.1-nano",
        ])
        #expect(try store.costAssumptions().provenance(.hourlyRate).detail == "user-entered 2026-11-18")

        // One impossible assignment (a model without a price) and nothing of the call is stored.
        #expect(throws: CostInputError.self) { try store.assume(["epochs=4", "current_model=no-such-model"]) }
        #expect(try store.storedCostAssumptions().map(\.name) == [.hourlyRate, .tunedModel])
        #expect(try store.costAssumptions()[.epochs] == 3)
    }

    @Test func resetRemovesTheStoredValueSoTheDatasetsFigureAppliesAgain() throws {
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "p")
        let tokens = TrainingTokens(examples: 331, billingTokensPerEpoch: 87_384, epochs: 3, isExact: true,
                                    encodingName: "o200k_base")
        try store.changeCostAssumptions([(.examplesToCurate, .number(.exactly(500)))])
        let changes = try store.resetCostAssumptions([.examplesToCurate])
        #expect(changes == [AssumptionChange(name: .examplesToCurate, before: .number(.exactly(500)),
                                             after: .number(CostAssumptionName.examplesToCurate.spec.defaultRange))])
        #expect(try store.storedCostAssumptions().isEmpty)
        var assumptions = CostAssumptions.defaults(trainingTokens: tokens)
        try assumptions.set(.examplesToCurate, to: .number(.exactly(500)), provenance: AssumptionProvenance(origin: .stored, detail: "x"))
        assumptions.reset(.examplesToCurate, trainingTokens: tokens)
        #expect(assumptions == CostAssumptions.defaults(trainingTokens: tokens))
    }

    @Test func theAssignmentTextOfAValueStoresExactlyThatValue() throws {
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "p")
        let values: [(CostAssumptionName, AssumptionValue)] = [
            (.tokensPerExample, .number(.exactly(264.33333333333331))),
            (.fineTuneComputeFactor, .number(CostRange(low: 0.05, expected: 0.075, high: 0.1))),
            (.callsPerMonth, .number(CostRange(low: 1e-5, expected: 1e6, high: 1e12))),
            (.tunedModel, .model("ft:gpt-4.1-mini-2025-04-14")),
        ]
        try store.assume(values.map { "\($0.0.rawValue)=\($0.1.storedText)" })
        let stored = try store.costAssumptions()
        for (name, value) in values { #expect(stored.value(name) == value) }
        #expect(AssumptionValue.number(.exactly(40)).storedText == "40:40:40")
        #expect(AssumptionValue.number(.exactly(40)).assignmentText == "40")
    }

    @Test func storedValuesWinOverTheDatasetsTokens() throws {
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "p")
        let tokens = TrainingTokens(examples: 331, billingTokensPerEpoch: 87_384, epochs: 3, isExact: true,
                                    encodingName: "o200k_base")
        #expect(try store.costAssumptions(trainingTokens: tokens)[.examplesToCurate] == 331)
        try store.changeCostAssumptions([(.examplesToCurate, .number(.exactly(500)))])
        let assumptions = try store.costAssumptions(trainingTokens: tokens)
        #expect(assumptions[.examplesToCurate] == 500)
        #expect(assumptions[.tokensPerExample] == 264)  // 87,384 / 331, from the dataset
    }

    @Test func importedPricesReplaceAndExtendTheTable() throws {
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "p")
        try store.upsertPrices([
            ModelPrice(model: "gpt-4.1", provider: "openai", inputPer1M: 1.5, outputPer1M: 6, source: "f.json", asOf: "2026-12-01"),
            ModelPrice(model: "embed", inputPer1M: 0.02, outputPer1M: nil, source: "f.json", asOf: "2026-12-01"),
        ])
        let table = try store.priceTable()
        #expect(table.count == DefaultPrices.all.count + 1)
        #expect(table["gpt-4.1"]?.inputPer1M == 1.5 && table["gpt-4.1"]?.asOf == "2026-12-01")
        #expect(table["embed"]?.outputPer1M == nil)
    }
}

extension CostStoreTests {
    @Test func acceptedExamplesGiveTheTrainingTokens() throws {
        let store = try ProjectStore.create(path: dir.path("d.tunebench"), name: "d")
        try store.importForTest(try DatasetSamples.path(DatasetSamples.toy))
        #expect(try store.acceptedTrainingTokens() == nil)  // nothing accepted yet: the estimates stay

        let examples = try store.examples()
        for example in [examples[0], examples[2]] {
            try store.applyReview(exampleID: example.id, change: ReviewChange(status: .accepted))
        }
        try store.applyReview(exampleID: examples[1].id, change: ReviewChange(status: .rejected))
        let tokens = try #require(try store.acceptedTrainingTokens())
        // Two accepted examples: epochs = min(25, 100 / 2) = 25 (formats.md §3); billing = Σ min(16,385, tokens).
        let billing = min(16_385, examples[0].tokens) + min(16_385, examples[2].tokens)
        #expect(tokens == TrainingTokens(examples: 2, billingTokensPerEpoch: billing, epochs: 25, isExact: false,
                                         encodingName: "test-words"))
        let assumptions = try store.costAssumptions()
        #expect(assumptions[.examplesToCurate] == 2 && assumptions[.epochs] == 25)
        #expect(abs(assumptions[.tokensPerExample] * 2 - Double(billing)) < 1e-9)
        #expect(assumptions.provenance(.epochs).detail == "from the dataset (estimate)")
    }
}
