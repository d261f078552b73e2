import Testing
@testable import TuneBenchCore

/// Reference values computed independently on 2026-11-25 with Python 3.11, scipy 1.17.1 and statsmodels 0.15.0:
/// Wilson via `statsmodels.stats.proportion.proportion_confint(k, n, alpha=0.05, method="wilson")`; McNemar via
/// `statsmodels.stats.contingency_tables.mcnemar([[0,b],[c,0]], exact=True).pvalue` (equal to
/// `scipy.stats.binomtest(min(b,c), b+c, 0.5).pvalue`); bootstrap intervals via `scipy.stats.bootstrap(...,
/// n_resamples=10000, method="percentile")` (paired=True for differences), whose random stream differs from ours, so
/// those compare within a Monte Carlo tolerance; cases needed via `scipy.stats.norm.ppf` in the same formula.
@Suite("Eval statistics against scipy/statsmodels reference values")
struct StatisticsTests {
    @Test("Wilson 95% interval", arguments: [
        (0, 10, 0.0, 0.27753279986288926),
        (7, 10, 0.39677814746114537, 0.8922087325936989),
        (10, 10, 0.7224672001371106, 1.0),
        (45, 100, 0.35614537979511973, 0.5475539700255787),
        (1, 3, 0.06149194472039626, 0.7923403991979523),
        (950, 1000, 0.9346861797557492, 0.9618697376072513),
    ])
    func wilson(passed: Int, total: Int, low: Double, high: Double) {
        let interval = Wilson.interval(passed: passed, total: total)
        #expect(abs(interval.low - low) < 1e-6)
        #expect(abs(interval.high - high) < 1e-6)
    }

    @Test("McNemar exact two-sided p", arguments: [
        (3, 9, 0.14599609375), (1, 6, 0.125), (10, 10, 1.0), (25, 40, 0.08168153394154003),
        (120, 80, 0.005685155996750306), (0, 5, 0.0625), (0, 1, 1.0), (0, 0, 1.0),
    ])
    func mcnemar(b: Int, c: Int, p: Double) {
        #expect(abs(McNemar.exactPValue(aOnly: b, bOnly: c) - p) <= 1e-9 * max(p, 1e-12))
        #expect(McNemar.exactPValue(aOnly: c, bOnly: b) == McNemar.exactPValue(aOnly: b, bOnly: c))
    }

    @Test("percentile interpolates like numpy.percentile")
    func percentile() {
        let values: [Double] = [1, 2, 3, 4, 10]
        #expect(abs(Bootstrap.percentile(sorted: values, 0.025) - 1.1) < 1e-12)
        #expect(abs(Bootstrap.percentile(sorted: values, 0.975) - 9.4) < 1e-12)
        #expect(Bootstrap.percentile(sorted: values, 0.5) == 3)
    }

    @Test("bootstrap interval of a mean: near scipy's, and reproducible for a seed")
    func bootstrapMean() {
        let values = (0..<200).map { Double(($0 * 37) % 101) / 100 }
        let interval = Bootstrap.meanInterval(values)
        // scipy: (0.46055000000000007, 0.54120125); Monte Carlo error of either is about 0.0006.
        #expect(abs(interval.low - 0.46055) < 0.003)
        #expect(abs(interval.high - 0.54120125) < 0.003)
        #expect(Bootstrap.meanInterval(values) == interval)
        #expect(Bootstrap.meanInterval(values, seed: 7) != interval)
    }

    private static func outcomes(_ passes: [Bool], scores: [Double]? = nil) -> [PairedComparison.Outcome] {
        passes.enumerated().map { index, pass in
            PairedComparison.Outcome(key: "k\(index)", pass: pass, score: scores?[index] ?? (pass ? 1 : 0))
        }
    }

    @Test("paired comparison of pass/fail runs")
    func pairedBinary() {
        let a = Self.outcomes((0..<120).map { ($0 * 7) % 10 < 6 })
        let b = Self.outcomes((0..<120).map { ($0 * 3) % 10 < 8 })
        let result = PairedComparison.compare(a, b)
        #expect([result.paired, result.bothPass, result.bothFail, result.aOnly, result.bOnly] == [120, 48, 0, 24, 48])
        #expect(abs(result.mcnemarP - 0.006309827313666047) < 1e-12)
        #expect(abs(result.scoreDiff - 0.2) < 1e-12)
        // scipy paired percentile bootstrap: (0.0667, 0.3333); differences move in steps of 1/120.
        #expect(abs(result.diffInterval.low - 0.06666666666666667) < 0.0125)
        #expect(abs(result.diffInterval.high - 0.3333333333333333) < 0.0125)
        #expect(result.casesNeeded == 111)
        #expect(result.verdict == .better)
        #expect(result.unpairedA.isEmpty && result.unpairedB.isEmpty)
        #expect(result.flipsAOnly.count == 24 && result.flipsBOnly.count == 48)
        let reversed = PairedComparison.compare(b, a)
        #expect(reversed.verdict == .worse)
        #expect(reversed.aOnly == 48 && reversed.bOnly == 24)
    }

    @Test("paired comparison of scores: the bootstrap interval decides")
    func pairedScores() {
        let scoresA = (0..<300).map { Double(($0 * 37) % 101) / 100 }
        let scoresB = scoresA.enumerated().map { index, score in min(1, max(0, score + Double((index * 53) % 41 - 17) / 200)) }
        let same = Array(repeating: true, count: 300)
        let result = PairedComparison.compare(Self.outcomes(same, scores: scoresA), Self.outcomes(same, scores: scoresB))
        #expect(result.mcnemarP == 1)
        #expect(abs(result.scoreDiff - 0.014283333333333334) < 1e-12)
        // scipy: (0.007966250000000003, 0.020717083333333323); Monte Carlo error about 0.0001.
        #expect(abs(result.diffInterval.low - 0.00796625) < 0.001)
        #expect(abs(result.diffInterval.high - 0.020717083333333323) < 0.001)
        #expect(result.casesNeeded == 125)
        #expect(result.verdict == .better)
    }

    @Test("no difference and unpaired cases are reported, not dropped")
    func unpairedAndEqual() {
        let a = Self.outcomes([true, false, true, true])
        var b = Self.outcomes([true, false, true])
        b.append(PairedComparison.Outcome(key: "extra", pass: true, score: 1))
        let result = PairedComparison.compare(a, b)
        #expect(result.paired == 3)
        #expect(result.unpairedA == ["k3"])
        #expect(result.unpairedB == ["extra"])
        #expect(result.scoreDiff == 0)
        #expect(result.casesNeeded == nil)
        #expect(result.verdict == .noDetectableDifference)
    }

    @Test("a small sample with a visible difference is not called significant")
    func smallSample() {
        let a = Self.outcomes([true, true, true, false, true])
        let b = Self.outcomes([false, true, false, false, true])
        let result = PairedComparison.compare(a, b)
        #expect(result.aOnly == 2 && result.bOnly == 0)
        #expect(result.mcnemarP == 0.5)
        #expect(result.verdict == .noDetectableDifference)
        #expect((result.casesNeeded ?? 0) > 5)
    }

    @Test("run summary: counts, Wilson interval, cost and latency")
    func summary() {
        let cases = [
            EvalCase(key: "1", input: "", output: "", pass: true, score: 1, latencyMs: 10, cost: 0.5),
            EvalCase(key: "2", input: "", output: "", pass: false, score: 0.5, latencyMs: 30, error: "boom"),
        ]
        let summary = RunSummary(cases)
        #expect(summary.passed == 1 && summary.cases == 2 && summary.errors == 1)
        #expect(summary.passRate == 0.5 && summary.meanScore == 0.75)
        #expect(summary.totalCost == 0.5 && summary.meanLatencyMs == 20)
        #expect(summary.passInterval == Wilson.interval(passed: 1, total: 2))
    }
}

@Suite("Bootstrap step-function path")
struct BootstrapStepTests {
    @Test("pass/fail data takes the step path; four levels do not")
    func levels() {
        #expect(Bootstrap.StepFunction(sorted: [0, 0, 1]) != nil)
        #expect(Bootstrap.StepFunction(sorted: [-1, 0, 0, 1]) != nil)
        #expect(Bootstrap.StepFunction(sorted: [0, 0.25, 0.5, 1]) == nil)
    }

    @Test("a constant sample resamples to itself")
    func constant() {
        var generator = SeededGenerator(seed: 3)
        #expect(Bootstrap.StepFunction(sorted: [0.5, 0.5, 0.5])?.meanOfDraws(count: 3, &generator) == 0.5)
        #expect(Bootstrap.meanInterval([0.5, 0.5, 0.5]) == Interval(low: 0.5, high: 0.5))
    }

    @Test("step path and index path agree on a three-level sample")
    func agree() {
        // The same sample with a fourth, negligible level forces the index path.
        let values = (0..<400).map { Double($0 % 5 == 0 ? -1 : ($0 % 5 < 3 ? 0 : 1)) }
        let step = Bootstrap.meanInterval(values)
        var perturbed = values
        perturbed[1] = 1e-9
        let index = Bootstrap.meanInterval(perturbed)
        #expect(abs(step.low - index.low) < 0.01)
        #expect(abs(step.high - index.high) < 0.01)
    }
}
