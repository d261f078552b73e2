/// A run's headline figures: pass rate with its Wilson interval, mean score, cost and latency.
public struct RunSummary: Sendable, Equatable {
    public var cases: Int
    public var passed: Int
    public var passRate: Double
    public var passInterval: Interval
    public var meanScore: Double
    public var errors: Int
    public var totalCost: Double?
    public var meanLatencyMs: Double?

    public init(_ cases: [EvalCase]) {
        self.cases = cases.count
        passed = cases.reduce(0) { $0 + ($1.pass ? 1 : 0) }
        passRate = cases.isEmpty ? 0 : Double(passed) / Double(cases.count)
        passInterval = Wilson.interval(passed: passed, total: cases.count)
        meanScore = cases.isEmpty ? 0 : cases.reduce(0) { $0 + $1.score } / Double(cases.count)
        errors = cases.reduce(0) { $0 + ($1.error == nil ? 0 : 1) }
        let costs = cases.compactMap(\.cost)
        totalCost = costs.isEmpty ? nil : costs.reduce(0, +)
        let latencies = cases.compactMap(\.latencyMs)
        meanLatencyMs = latencies.isEmpty ? nil : latencies.reduce(0, +) / Double(latencies.count)
    }
}
