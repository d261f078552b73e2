import Foundation
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
        let counts: [Int] = [result.paired, result.bothPass, result.bothFail, result.aOnly, result.bOnly]
        #expect(counts == [120, 48, 0, 24, 48])
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

@Suite("Bootstrap by level counts and the binomial sampler")
struct BootstrapLevelsTests {
    @Test("few distinct values take the level path; many do not")
    func levels() throws {
        let levels = try #require(Bootstrap.Levels(sorted: [-1, 0, 0, 1]))
        let expectedValues: [Double] = [-1, 0, 1], expectedConditional: [Double] = [0.25, 2.0 / 3, 1]
        #expect(levels.values == expectedValues)
        #expect(levels.conditional == expectedConditional)
        #expect(Bootstrap.Levels(sorted: (0..<65).map(Double.init)) == nil)
        // A large sample may have more levels: 201 differences of scores in steps of 0.01 over 20,000 cases.
        #expect(Bootstrap.Levels(sorted: (0..<20_000).map { Double($0 % 201 - 100) / 100 }.sorted())?.values.count == 201)
    }

    @Test("a constant sample resamples to itself")
    func constant() {
        #expect(Bootstrap.meanInterval([0.5, 0.5, 0.5]) == Interval(low: 0.5, high: 0.5))
    }

    @Test("level path and index path agree")
    func agree() {
        let values = (0..<400).map { Double($0 % 5 == 0 ? -1 : ($0 % 5 < 3 ? 0 : 1)) }
        let levels = Bootstrap.meanInterval(values)
        // 65 distinct values force the index path; the 62 extra ones move the mean by under 1e-9.
        var perturbed = values
        for index in 0..<62 { perturbed[index * 5 + 1] = Double(index + 1) * 1e-12 }
        let indices = Bootstrap.meanInterval(perturbed)
        #expect(Bootstrap.Levels(sorted: perturbed.sorted()) == nil)
        #expect(abs(levels.low - indices.low) < 0.01)
        #expect(abs(levels.high - indices.high) < 0.01)
    }

    /// Exact Binomial pmf by the recurrence P(k+1) = P(k)·(n−k)/(k+1)·p/(1−p).
    static func pmf(_ n: Int, _ p: Double) -> [Double] {
        var values = [pow(1 - p, Double(n))]
        for k in 0..<n {
            let ratio: Double = Double(n - k) / Double(k + 1) * p / (1 - p)
            values.append(values[k] * ratio)
        }
        return values
    }

    @Test("the sampler matches the exact pmf (both algorithms, and p above 1/2)", arguments: [
        (12, 0.3), (40, 0.4), (200, 0.5), (60, 0.85), (1000, 0.02),
    ])
    func binomialDistribution(n: Int, p: Double) {
        var generator = SeededGenerator(seed: 11)
        let draws = 40_000
        var observed = [Int](repeating: 0, count: n + 1)
        for _ in 0..<draws { observed[Binomial.sample(count: n, probability: p, &generator)] += 1 }
        // Pearson χ² over cells with at least 5 expected draws (the rest pooled).
        let expected = Self.pmf(n, p).map { $0 * Double(draws) }
        var chiSquare = 0.0, cells = 0, pooledObserved = 0.0, pooledExpected = 0.0
        for k in 0...n {
            if expected[k] >= 5 {
                chiSquare += pow(Double(observed[k]) - expected[k], 2) / expected[k]
                cells += 1
            } else {
                pooledObserved += Double(observed[k])
                pooledExpected += expected[k]
            }
        }
        if pooledExpected >= 5 { chiSquare += pow(pooledObserved - pooledExpected, 2) / pooledExpected; cells += 1 }
        // Far above the 99.9th percentile of χ² with `cells − 1` degrees of freedom for these sizes (≤ 80 cells).
        #expect(chiSquare < Double(cells) + 6 * Double(cells).squareRoot() + 20, "χ² \(chiSquare) over \(cells) cells")
    }

    @Test("edge probabilities and large counts")
    func edges() {
        var generator = SeededGenerator(seed: 2)
        #expect(Binomial.sample(count: 10, probability: 0, &generator) == 0)
        #expect(Binomial.sample(count: 10, probability: 1, &generator) == 10)
        #expect(Binomial.sample(count: 0, probability: 0.5, &generator) == 0)
        let draws = (0..<2_000).map { _ in Binomial.sample(count: 100_000, probability: 0.3, &generator) }
        let mean = Double(draws.reduce(0, +)) / 2_000
        // Standard error of the mean of 2,000 draws: sqrt(21,000 / 2,000) ≈ 3.2.
        #expect(abs(mean - 30_000) < 16)
        #expect(draws.allSatisfy { (0...100_000).contains($0) })
    }
}
