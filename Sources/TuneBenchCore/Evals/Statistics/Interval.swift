/// A two-sided confidence interval.
public struct Interval: Codable, Sendable, Equatable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// True when zero lies outside the interval.
    public var excludesZero: Bool { low > 0 || high < 0 }
}
