import Dispatch

/// Percentile bootstrap of a mean (review-anchors.md, "Paired bootstrap"), seeded and reproducible.
///
/// Resample `r` always draws from a generator seeded by (`seed`, block of `r`), so the interval does not depend on
/// how many threads ran the blocks.
public enum Bootstrap {
    public static let defaultResamples = 10_000
    public static let defaultSeed: UInt64 = 0x7475_6e65_6265_6e63  // "tunebenc"
    static let blockSize = 250

    /// The 95% percentile interval of the mean of `values`; (nan, nan) for no values.
    public static func meanInterval(
        _ values: [Double], resamples: Int = defaultResamples, seed: UInt64 = defaultSeed, confidence: Double = 0.95
    ) -> Interval {
        guard !values.isEmpty, resamples > 0 else { return Interval(low: .nan, high: .nan) }
        var means = resampledMeans(values, resamples: resamples, seed: seed)
        means.sort()
        let tail = (1 - confidence) / 2
        return Interval(low: percentile(sorted: means, tail), high: percentile(sorted: means, 1 - tail))
    }

    /// `resamples` means of `values` resampled with replacement.
    ///
    /// Samples with few distinct values (pass/fail scores, a few graders' means, scores in steps of 0.01, and their
    /// differences; see `Levels.maximum`) draw level counts; others draw indices, two per 64-bit random, with a
    /// multiply-shift on 32-bit halves (bias below n/2³², negligible for any eval size).
    static func resampledMeans(_ values: [Double], resamples: Int, seed: UInt64) -> [Double] {
        let sorted = values.sorted()
        if let levels = Levels(sorted: sorted) {
            return resampled(resamples: resamples, seed: seed) { generator in levels.meanOfDraws(count: sorted.count, &generator) }
        }
        return sorted.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let input = buffer
            return resampled(resamples: resamples, seed: seed) { generator in indexDrawMean(input, &generator) }
        }
    }

    /// The mean of `input.count` values drawn by index with replacement. Four sums, each fed by its own random
    /// number per step, so the additions do not wait on one another (one running sum is bound by the latency of
    /// a floating-point add: about 4 cycles per draw, more than the draw itself).
    @inline(__always)
    static func indexDrawMean(_ input: UnsafeBufferPointer<Double>, _ generator: inout SeededGenerator) -> Double {
        let count = input.count, bound = UInt64(count)
        @inline(__always) func low(_ random: UInt64) -> Int { Int(((random & 0xffff_ffff) &* bound) >> 32) }
        @inline(__always) func high(_ random: UInt64) -> Int { Int(((random >> 32) &* bound) >> 32) }
        var sum0 = 0.0, sum1 = 0.0, sum2 = 0.0, sum3 = 0.0
        var drawn = 0
        while drawn + 4 <= count {
            let first = generator.next(), second = generator.next()
            sum0 += input[low(first)]
            sum1 += input[high(first)]
            sum2 += input[low(second)]
            sum3 += input[high(second)]
            drawn += 4
        }
        while drawn < count {
            sum0 += input[low(generator.next())]
            drawn += 1
        }
        return ((sum0 + sum1) + (sum2 + sum3)) / Double(count)
    }

    /// Runs `mean` once per resample, in blocks of `blockSize` with a generator per block, on all cores.
    private static func resampled(
        resamples: Int, seed: UInt64, mean: @Sendable (inout SeededGenerator) -> Double
    ) -> [Double] {
        let blocks = (resamples + blockSize - 1) / blockSize
        var means = [Double](repeating: 0, count: resamples)
        means.withUnsafeMutableBufferPointer { target in
            nonisolated(unsafe) let output = target
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                var generator = SeededGenerator(seed: seed ^ (UInt64(block) &* 0x9e37_79b9_7f4a_7c15))
                for resample in (block * blockSize)..<min(resamples, (block + 1) * blockSize) {
                    output[resample] = mean(&generator)
                }
            }
        }
        return means
    }

    /// A sample with few distinct values ("levels") as the values and their counts. Resampling n cases with
    /// replacement draws level counts from Multinomial(n; countⱼ/n), drawn as successive binomials: O(levels) per
    /// resample instead of O(n), with the same distribution as drawing indices.
    struct Levels: Sendable {
        /// Most levels worth drawing as counts: a binomial costs about as much as 64 index draws, so up to n/64
        /// levels (and never fewer than 64) are cheaper than n draws.
        static func maximum(count: Int) -> Int { max(64, count / 64) }

        let values: [Double]
        /// P(level j | not one of the levels before j).
        let conditional: [Double]

        init?(sorted: [Double]) {
            guard !sorted.isEmpty else { return nil }
            var values: [Double] = [], counts: [Int] = []
            for value in sorted {
                if value == values.last { counts[counts.count - 1] += 1; continue }
                guard values.count < Self.maximum(count: sorted.count) else { return nil }
                values.append(value)
                counts.append(1)
            }
            var remaining = sorted.count
            var conditional: [Double] = []
            for count in counts {
                conditional.append(Double(count) / Double(remaining))
                remaining -= count
            }
            self.values = values
            self.conditional = conditional
        }

        /// The mean of `count` draws with replacement.
        func meanOfDraws(count: Int, _ generator: inout SeededGenerator) -> Double {
            var remaining = count
            var sum = 0.0
            for level in values.indices where remaining > 0 {
                let drawn = level == values.count - 1
                    ? remaining : Binomial.sample(count: remaining, probability: conditional[level], &generator)
                sum += Double(drawn) * values[level]
                remaining -= drawn
            }
            return sum / Double(count)
        }
    }

    /// The `q` quantile of sorted values with linear interpolation between neighbours (numpy's default method).
    public static func percentile(sorted values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, values.count - 1)
        return values[lower] + (values[upper] - values[lower]) * (position - Double(lower))
    }
}
