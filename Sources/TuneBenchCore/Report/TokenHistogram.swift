/// Tokens per example in equal-width bins, for the report's histogram.
public struct TokenHistogram: Equatable, Sendable, Codable {
    /// Examples with `low...high` tokens.
    public struct Bin: Equatable, Sendable, Codable {
        public init(low: Int, high: Int, examples: Int) {
            self.low = low
            self.high = high
            self.examples = examples
        }

        public var low: Int
        public var high: Int
        public var examples: Int
    }

    public var bins: [Bin]

    /// Up to `binCount` bins of equal integer width from the smallest to the largest value; none without values.
    public init(_ values: [Int], binCount: Int = 10) {
        guard let low = values.min(), let high = values.max() else {
            bins = []
            return
        }
        let width = max(1, (high - low + binCount) / binCount)
        let count = (high - low) / width + 1
        var counts = [Int](repeating: 0, count: count)
        for value in values { counts[(value - low) / width] += 1 }
        bins = counts.enumerated().map { index, examples in
            Bin(low: low + index * width, high: low + (index + 1) * width - 1, examples: examples)
        }
    }
}
