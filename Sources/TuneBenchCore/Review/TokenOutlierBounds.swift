/// Which token counts of one dataset stand out: beyond Tukey's fence (1.5 interquartile ranges past the
/// quartiles) and at or past the 99th (1st) percentile. Both must hold, so a small dataset does not call its
/// longest example an outlier just for being the longest, and a large one flags at most about 1% per side.
public struct TokenOutlierBounds: Sendable, Equatable {
    /// Counts above `highFence` and at least `p99` are long outliers.
    public var highFence: Double
    public var p99: Int
    /// Counts below `lowFence` and at most `p1` are short outliers.
    public var lowFence: Double
    public var p1: Int
    public var estimated: Bool

    /// The bounds of a dataset's counts (any order); nil for fewer than 4 examples, too few to call any unusual.
    public init?(tokens: [Int32], estimated: Bool) {
        guard tokens.count >= 4 else { return nil }
        let sorted = tokens.map(Int.init).sorted()
        let q1 = Distribution.quantile(sorted, 0.25), q3 = Distribution.quantile(sorted, 0.75)
        let spread = q3 - q1
        highFence = q3 + 1.5 * spread
        lowFence = q1 - 1.5 * spread
        p99 = Int(Distribution.quantile(sorted, 0.99).rounded(.down))
        p1 = Int(Distribution.quantile(sorted, 0.01).rounded(.up))
        self.estimated = estimated
    }

    /// The outlier a count is, or nil when it is within the usual range.
    public func outlier(_ tokens: Int) -> TokenOutlier? {
        if Double(tokens) > highFence, tokens >= p99 {
            return TokenOutlier(tokens: tokens, bound: p99, isLong: true, estimated: estimated)
        }
        if Double(tokens) < lowFence, tokens <= p1 {
            return TokenOutlier(tokens: tokens, bound: p1, isLong: false, estimated: estimated)
        }
        return nil
    }
}
