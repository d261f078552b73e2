import Dispatch

/// Percentile bootstrap of a mean (review-anchors.md, "Paired bootstrap"), seeded and reproducible.
///
/// Resample `r` always draws from a generator seeded by (`seed`, block of `r`), so the interval does not depend on
/// how many threads ran the blocks. Indices are drawn two per 64-bit random with a multiply-shift on 32-bit halves
/// (bias below n/2³², negligible for any eval size).
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
    /// Drawing index i of the sorted values is drawing the value sorted[i]. With at most 3 distinct values
    /// (pass/fail scores and their differences) sorted[i] is a step function of i, so a draw is two compares and no
    /// memory load; the distribution is the same.
    static func resampledMeans(_ values: [Double], resamples: Int, seed: UInt64) -> [Double] {
        let sorted = values.sorted()
        if let steps = StepFunction(sorted: sorted) {
            return resampled(resamples: resamples, seed: seed) { generator in steps.meanOfDraws(count: sorted.count, &generator) }
        }
        return sorted.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let input = buffer
            return resampled(resamples: resamples, seed: seed) { generator in
                let count = input.count, bound = UInt64(count)
                var sum = 0.0
                var drawn = 0
                while drawn + 1 < count {
                    let random = generator.next()
                    sum += input[Int(((random & 0xffff_ffff) &* bound) >> 32)]
                    sum += input[Int(((random >> 32) &* bound) >> 32)]
                    drawn += 2
                }
                if drawn < count { sum += input[Int(((generator.next() & 0xffff_ffff) &* bound) >> 32)] }
                return sum / Double(count)
            }
        }
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

    /// Sorted values with at most 3 distinct levels (pass/fail scores and their differences) as a step function of
    /// the index: sorted[i] = base + Σⱼ [i ≥ thresholdⱼ]·stepⱼ.
    struct StepFunction: Sendable {
        let base: Double
        /// First index of each higher level; unused ones hold Int.max, which no index reaches.
        let thresholds: (Int, Int)
        let steps: (Double, Double)

        init?(sorted: [Double]) {
            guard let first = sorted.first else { return nil }
            var thresholds: [Int] = [], steps: [Double] = []
            var previous = first
            for (index, value) in sorted.enumerated() where value != previous {
                guard thresholds.count < 2 else { return nil }
                thresholds.append(index)
                steps.append(value - previous)
                previous = value
            }
            while thresholds.count < 2 { thresholds.append(.max); steps.append(0) }
            base = first
            self.thresholds = (thresholds[0], thresholds[1])
            self.steps = (steps[0], steps[1])
        }

        /// The mean of `count` draws of sorted[i] with i uniform in 0..<count.
        func meanOfDraws(count: Int, _ generator: inout SeededGenerator) -> Double {
            let bound = UInt64(count)
            let (low, high) = thresholds
            var aboveLow = 0, aboveHigh = 0
            var drawn = 0
            while drawn + 1 < count {
                let random = generator.next()
                let first = Int(truncatingIfNeeded: ((random & 0xffff_ffff) &* bound) >> 32)
                let second = Int(truncatingIfNeeded: ((random >> 32) &* bound) >> 32)
                aboveLow &+= (first >= low ? 1 : 0) &+ (second >= low ? 1 : 0)
                aboveHigh &+= (first >= high ? 1 : 0) &+ (second >= high ? 1 : 0)
                drawn += 2
            }
            if drawn < count {
                let index = Int(truncatingIfNeeded: ((generator.next() & 0xffff_ffff) &* bound) >> 32)
                aboveLow &+= index >= low ? 1 : 0
                aboveHigh &+= index >= high ? 1 : 0
            }
            let sum = base * Double(count) + Double(aboveLow) * steps.0 + Double(aboveHigh) * steps.1
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
