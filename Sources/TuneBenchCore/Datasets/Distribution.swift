/// min, max, mean, median, p10 and p90 of a list of counts, as the data-prep check prints them (numpy's linear
/// interpolation between order statistics; the check labels p10/p90 "p5/p95").
public struct Distribution: Sendable, Equatable, Codable {
    public var min: Int
    public var max: Int
    public var mean: Double
    public var median: Double
    public var p10: Double
    public var p90: Double

    /// Nil for an empty list.
    public init?(_ values: [Int]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        min = sorted[0]
        max = sorted[sorted.count - 1]
        mean = Double(sorted.reduce(0, +)) / Double(sorted.count)
        median = Self.quantile(sorted, 0.5)
        p10 = Self.quantile(sorted, 0.1)
        p90 = Self.quantile(sorted, 0.9)
    }

    /// numpy.quantile with the default "linear" method over an ascending list.
    public static func quantile(_ sorted: [Int], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return Double(sorted[lower]) + (Double(sorted[upper]) - Double(sorted[lower])) * fraction
    }
}
