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
    static func resampledMeans(_ values: [Double], resamples: Int, seed: UInt64) -> [Double] {
        let blocks = (resamples + blockSize - 1) / blockSize
        var means = [Double](repeating: 0, count: resamples)
        let count = values.count
        values.withUnsafeBufferPointer { source in
            means.withUnsafeMutableBufferPointer { target in
                nonisolated(unsafe) let output = target
                nonisolated(unsafe) let input = source
                DispatchQueue.concurrentPerform(iterations: blocks) { block in
                    var generator = SeededGenerator(seed: seed ^ (UInt64(block) &* 0x9e37_79b9_7f4a_7c15))
                    let bound = UInt64(count)
                    for resample in (block * blockSize)..<min(resamples, (block + 1) * blockSize) {
                        var sum = 0.0
                        var drawn = 0
                        while drawn + 1 < count {
                            let random = generator.next()
                            sum += input[Int(((random & 0xffff_ffff) &* bound) >> 32)]
                            sum += input[Int(((random >> 32) &* bound) >> 32)]
                            drawn += 2
                        }
                        if drawn < count { sum += input[Int(((generator.next() & 0xffff_ffff) &* bound) >> 32)] }
                        output[resample] = sum / Double(count)
                    }
                }
            }
        }
        return means
    }

    /// The `q` quantile of sorted values with linear interpolation between neighbours (numpy's default method).
    public static func percentile(sorted values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, values.count - 1)
        return values[lower] + (values[upper] - values[lower]) * (position - Double(lower))
    }
}
