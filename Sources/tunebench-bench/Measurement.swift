/// Timing samples and their summary.
struct Samples {
    private(set) var nanoseconds: [UInt64] = []

    /// Times `body` once per iteration.
    static func measure(iterations: Int, _ body: () -> Void) -> Samples {
        var samples = Samples()
        samples.nanoseconds.reserveCapacity(iterations)
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            let elapsed = clock.measure(body)
            samples.nanoseconds.append(UInt64(elapsed.components.seconds) * 1_000_000_000
                + UInt64(elapsed.components.attoseconds / 1_000_000_000))
        }
        return samples
    }

    func percentile(_ fraction: Double) -> Double {
        let sorted = nanoseconds.sorted()
        let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))
        return Double(sorted[index]) / 1_000_000
    }

    /// "median 0.412 ms  p95 0.530 ms  (n=2000)"
    var summary: String {
        let median = percentile(0.5), p95 = percentile(0.95)
        return "median \(format(median)) ms  p95 \(format(p95)) ms  (n=\(nanoseconds.count))"
    }

    private func format(_ milliseconds: Double) -> String {
        let thousandths = Int((milliseconds * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
