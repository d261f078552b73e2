/// A low / expected / high estimate of one quantity, in the unit of its assumption.
///
/// `CostRange(low: 50, expected: 75, high: 100)` is "about $75/hour, somewhere between $50 and $100".
/// Invariant (checked by `CostAssumptions.set`): `low <= expected <= high`, all finite.
public struct CostRange: Equatable, Sendable, Codable {
    public var low: Double
    public var expected: Double
    public var high: Double

    public init(low: Double, expected: Double, high: Double) {
        self.low = low
        self.expected = expected
        self.high = high
    }

    /// A known quantity: no range.
    public static func exactly(_ value: Double) -> CostRange {
        CostRange(low: value, expected: value, high: value)
    }

    /// True when low and high differ, so a sensitivity sweep has something to vary.
    public var hasSpread: Bool { low != high }
}
