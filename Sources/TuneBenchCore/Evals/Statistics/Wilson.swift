import Foundation

/// The Wilson score interval for a pass rate (review-anchors.md, "Statistics").
public enum Wilson {
    /// z for a two-sided 95% interval.
    public static let z95 = 1.959964

    /// The interval for `passed` successes in `total` trials; (0, 1) when there are no trials.
    public static func interval(passed: Int, total: Int, z: Double = z95) -> Interval {
        guard total > 0 else { return Interval(low: 0, high: 1) }
        let n = Double(total), p = Double(passed) / n, z2 = z * z
        let center = p + z2 / (2 * n)
        let margin = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        let denominator = 1 + z2 / n
        return Interval(low: max(0, (center - margin) / denominator), high: min(1, (center + margin) / denominator))
    }
}
