import Foundation
import Testing
@testable import TuneBenchCore

/// The plan's arithmetic against the reference figures of formats.md §3 and the bundle files' keys.
@Suite struct TunePlannerTests {
    /// The cookbook's toy file: 5 examples, cl100k totals 26…8032 summing to 8242; cap 4096 bills 4306, the rule
    /// gives 20 epochs, 86,120 charged tokens.
    static let toy = TuneTrainingSet(trainTokens: [26, 8032, 60, 60, 64], validationTokens: [], allPreference: false,
                                     encodingName: "cl100k_base", tokensExact: true, trainingSetHash: String(repeating: "a", count: 64))

    @Test func reproducesTheCookbookBill() {
        let plan = TunePlanner.plan(TuneRequest(tool: .openai), set: Self.toy, tokenCap: 4096, assumptions: .defaults())
        #expect(plan.epochs == 20 && !plan.epochsGiven)
        #expect(plan.tokensPerEpoch == 4306)
        #expect(plan.chargedTokens == 86_120)
        let uncapped = TunePlanner.plan(TuneRequest(tool: .openai), set: Self.toy, tokenCap: 16_385, assumptions: .defaults())
        #expect(uncapped.chargedTokens == 164_840)
    }

    @Test func sequenceLengthIsThePowerOfTwoCoveringTheLongestWithTheCutCount() {
        let plan = TunePlanner.plan(TuneRequest(tool: .axolotl, epochs: 2), set: Self.toy, tokenCap: 16_385, assumptions: .defaults())
        #expect(plan.longestExampleTokens == 8032 && plan.sequenceLength == 8192 && plan.examplesCutAtHalfLength == 1)
        #expect(plan.epochs == 2 && plan.chargedTokens == 2 * 8242)
        #expect(TunePlanner.sequenceLength(covering: 1) == 256 && TunePlanner.sequenceLength(covering: 4097) == 8192)
    }

    @Test func costNeedsADatedPrice() throws {
        let plan = TunePlanner.plan(TuneRequest(tool: .openai), set: Self.toy, tokenCap: 4096, assumptions: .defaults())
        #expect(plan.cost.usd == nil)
        #expect(plan.cost.reason?.contains("tunebench assume PATH training_price_per_1m=X") == true)
        var assumptions = CostAssumptions.defaults()
        try assumptions.set(.trainingPricePer1M, to: .number(.exactly(3)),
                            provenance: AssumptionProvenance(origin: .stored, detail: "user-entered 2026-12-01"))
        let priced = TunePlanner.plan(TuneRequest(tool: .openai), set: Self.toy, tokenCap: 4096, assumptions: assumptions)
        #expect(priced.cost.usd == 86_120.0 * 3 / 1_000_000)
        #expect(priced.cost.date == "2026-12-01" && priced.cost.source == "user-entered training_price_per_1m")
    }

    @Test func preferenceDataMakesADPOJob() throws {
        var set = Self.toy
        set.allPreference = true
        let plan = TunePlanner.plan(TuneRequest(tool: .openai, seed: 4), set: set, tokenCap: 4096, assumptions: .defaults())
        #expect(plan.method == .dpo)
        let job = try #require(try JSONSerialization.jsonObject(with: Data(TuneBundleFiles.configuration(for: plan).text.utf8)) as? [String: Any])
        let method = try #require(job["method"] as? [String: Any])
        #expect(method["type"] as? String == "dpo")
        #expect(((method["dpo"] as? [String: Any])?["hyperparameters"] as? [String: Any])?["beta"] as? String == "auto")
        #expect(job["validation_file"] == nil, "no split, no validation file")
        #expect(TunePlanner.plan(TuneRequest(tool: .trl), set: set, tokenCap: 4096, assumptions: .defaults()).method == .supervised)
    }
}
