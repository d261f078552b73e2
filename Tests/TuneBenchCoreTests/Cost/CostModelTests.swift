import Testing
import TuneBenchCore

/// Hand-computed figures at the built-in defaults. Shared arithmetic:
/// week = $75 × 40 h = $3,000; engineer month = $3,000 × 52 / 12 = $13,000.
@Suite struct CostModelTests {
    let estimate = try! CostEstimator.estimate(assumptions: .defaults(), prices: DefaultPrices.table)

    private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

    @Test func currentLargeModelWithRAG() {
        // Per call: (800 prompt + 2,000 context) × $2/1M + 300 output × $8/1M = $0.0056 + $0.0024 = $0.008.
        // Monthly: 300,000 × $0.008 = $2,400; 12 months $28,800; 24 months $57,600.
        let current = estimate.scenario(.current)
        #expect(current.expected.oneTime == 0)
        #expect(close(current.expected.costPerCall, 0.008))
        #expect(close(current.expected.monthly, 2_400))
        #expect(close(current.total12, 28_800))
        #expect(close(current.total24, 57_600))
    }

    @Test func routingAndCache() {
        // Setup: 1 week × $3,000 = $3,000.
        // Router call (gpt-4.1-mini): 2,800 × $0.40/1M + 300 × $1.60/1M = $0.00112 + $0.00048 = $0.0016.
        // Blend: 0.5 × $0.0016 + 0.5 × $0.008 = $0.0048; 20% cache hits cost nothing: × 0.8 = $0.00384.
        // Monthly: 300,000 × $0.00384 = $1,152; 12 months: $3,000 + $13,824 = $16,824; 24: $3,000 + $27,648.
        let routing = estimate.scenario(.routing)
        #expect(close(routing.expected.oneTime, 3_000))
        #expect(close(routing.expected.costPerCall, 0.00384))
        #expect(close(routing.expected.monthly, 1_152))
        #expect(close(routing.total12, 16_824))
        #expect(close(routing.total24, 30_648))
    }

    @Test func fineTunedThroughTheAPI() {
        // Dataset: 1,000 examples × 10 min / 60 × $75 = $12,500. Eval suite: 1.5 weeks × $3,000 = $4,500.
        // Training: 3 runs × (1,000 × 500 tokens × 3 epochs = 1.5M tokens) × $5/1M = $22.50.
        // One-time: $12,500 + $22.50 + $4,500 = $17,022.50.
        // Monthly: maintenance 0.20 × $13,000 = $2,600; retraining $22.50 / 4.5 months = $5;
        // inference (200 + 2,000) × $0.80/1M + 300 × $3.20/1M = $0.00176 + $0.00096 = $0.00272 × 300,000 = $816.
        // Monthly total $3,421; 12 months $17,022.50 + $41,052 = $58,074.50; 24 months $99,126.50.
        let tuned = estimate.scenario(.fineTunedAPI)
        #expect(tuned.expected.oneTimeItems.map(\.item) == ["dataset building", "training (API)", "eval suite"])
        #expect(close(tuned.expected.oneTimeItems[0].amount, 12_500))
        #expect(close(tuned.expected.oneTimeItems[1].amount, 22.5))
        #expect(close(tuned.expected.oneTimeItems[2].amount, 4_500))
        #expect(close(tuned.expected.fixedMonthly, 2_605))
        #expect(close(tuned.expected.costPerCall, 0.00272))
        #expect(close(tuned.expected.monthly, 3_421))
        #expect(close(tuned.total12, 58_074.5))
        #expect(close(tuned.total24, 99_126.5))
    }

    @Test func fineTunedSelfHosted() {
        // GPU hours per run: 6 × 8e9 params × 1.5M tokens = 7.2e16 FLOPs / 300e12 FLOP/s = 240 s = 0.0667 h,
        // × LoRA factor 0.075 = 0.005 h, + 4 h overhead = 4.005 h. Training: 3 runs × 4.005 h × $3 = $36.045.
        // One-time: $12,500 + $36.045 + $4,500 = $17,036.045.
        // Monthly: $2,600 + $36.045 / 4.5 ($8.01) + 730 GPU h × $3 ($2,190) = $4,798.01; no per-call price.
        // 12 months: $17,036.045 + $57,576.12 = $74,612.165.
        let hosted = estimate.scenario(.fineTunedSelfHosted)
        #expect(close(hosted.expected.oneTimeItems[1].amount, 36.045))
        #expect(close(hosted.expected.oneTime, 17_036.045))
        #expect(close(hosted.expected.monthly, 4_798.01))
        #expect(hosted.expected.costPerCall == 0)
        #expect(close(hosted.total12, 74_612.165))
    }

    @Test func cheapestAndMostSensitive() {
        // 12-month totals: routing $16,824 < current $28,800 < API tune $58,074.50 < self-hosted $74,612.17.
        #expect(estimate.cheapest == .routing)
        // Routing's swing per assumption, others expected:
        // calls 100k..1M: 12 × $0.00384 × 900,000 = $41,472 (totals $7,608 .. $49,080);
        // context 1,000..4,000: 3,000 tokens × (0.5 × $0.40 + 0.5 × $2)/1M × 0.8 × 300,000 × 12 = $10,368.
        let top = try! #require(estimate.mostSensitive)
        #expect(top.assumption == .callsPerMonth)
        #expect(close(top.totalAtLow, 7_608))
        #expect(close(top.totalAtHigh, 49_080))
        let context = try! #require(estimate.sensitivities.first { $0.assumption == .ragContextTokens })
        #expect(close(context.swing, 10_368))
        #expect(estimate.summary.contains("routing + cache (routing): $16,824"))
        #expect(estimate.summary.contains("most sensitive to calls_per_month ($7,608-$49,080"))
    }

    @Test func routingRangeCorners() {
        // Low corner: $50/h, 0.5 week setup = $1,000; 100k calls of 400 + 1,000 in, 150 out; 70% routed; 40% cached.
        //   current call (1,400 × 2 + 150 × 8)/1M = $0.004; router (1,400 × 0.4 + 150 × 1.6)/1M = $0.0008;
        //   blend 0.7 × 0.0008 + 0.3 × 0.004 = $0.00176 × 0.6 = $0.001056 × 100k × 12 = $1,267.20 → $2,267.20.
        // High corner: $100/h, 2 weeks = $8,000; 1M calls of 1,500 + 4,000 in, 600 out; 30% routed; 10% cached.
        //   current (5,500 × 2 + 600 × 8)/1M = $0.0158; router (5,500 × 0.4 + 600 × 1.6)/1M = $0.00316;
        //   blend 0.3 × 0.00316 + 0.7 × 0.0158 = $0.012008 × 0.9 = $0.0108072 × 1M × 12 = $129,686.40 → $137,686.40.
        let routing = estimate.scenario(.routing)
        #expect(close(routing.total12Low, 2_267.2))
        #expect(close(routing.total12High, 137_686.4))
        #expect(routing.total12Low <= routing.total12 && routing.total12 <= routing.total12High)
    }

    @Test func breakEvenNeverAtDefaultVolume() {
        // The tune costs $3,421/month against $2,400: it never catches up.
        #expect(estimate.candidate == .fineTunedAPI)
        #expect(estimate.breakEvenMonth == nil)
        // Volume over 12 months: ($17,022.50 + 12 × $2,605) / (12 × ($0.008 − $0.00272)) = $48,282.50 / $0.06336
        // = 762,034.4 calls/month, above which the tune is cheaper.
        let volume = try! #require(estimate.breakEvenVolume)
        #expect(close(volume.callsPerMonth, 762_034.406565, 1e-3))
        #expect(volume.candidateCheaperAbove)
    }

    @Test func breakEvenMonthAtHighVolume() throws {
        // 1M calls: current $8,000/month; tune $2,605 + $2,720 = $5,325; saving $2,675/month.
        // $17,022.50 / $2,675 = 6.36 → the tune has paid for itself after month 7.
        var assumptions = CostAssumptions.defaults()
        try assumptions.apply("calls_per_month=1000000", provenance: .init(origin: .override, detail: "test"))
        let e = try CostEstimator.estimate(assumptions: assumptions, prices: DefaultPrices.table)
        #expect(close(e.scenario(.current).expected.monthly, 8_000))
        #expect(close(e.scenario(.fineTunedAPI).expected.monthly, 5_325))
        #expect(e.breakEvenMonth == 7)
        let routing = try CostEstimator.estimate(assumptions: assumptions, prices: DefaultPrices.table, candidate: .routing)
        // Routing is cheaper from the first month: $3,000 up front, $4,160 less per month (1M × $0.00416 saving).
        #expect(routing.breakEvenMonth == 1)
    }
}
