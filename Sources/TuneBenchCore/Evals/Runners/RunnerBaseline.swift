/// Which run a runner's new run is compared with: the previous run of the same runner or, for its first run,
/// the best run of the nearest rung below the runner's on the ladder.
public enum RunnerBaseline {
    /// A stored run, as the choice needs it.
    public struct Candidate: Sendable, Equatable {
        public var id: Int64
        public var runner: String?
        public var rung: Rung?
        public var passRate: Double

        public init(id: Int64, runner: String?, rung: Rung?, passRate: Double) {
            self.id = id
            self.runner = runner
            self.rung = rung
            self.passRate = passRate
        }
    }

    /// The run to compare the new runs with, or nil when there is none.
    /// - Parameters:
    ///   - newRuns: the ids the run just imported (never chosen).
    public static func reference(runner: String, rung: Rung?, newRuns: Set<Int64>, among candidates: [Candidate]) -> Int64? {
        let older = candidates.filter { !newRuns.contains($0.id) && $0.id < (newRuns.min() ?? .max) }
        if let previous = older.filter({ $0.runner == runner }).max(by: { $0.id < $1.id }) { return previous.id }
        guard let rung else { return nil }
        let below = older.filter { $0.rung.map { $0 < rung } ?? false }
        guard let nearest = below.compactMap(\.rung).max() else { return nil }
        // The best pass rate on that rung; among equals, the newest.
        return below.filter { $0.rung == nearest }
            .max { ($0.passRate, $0.id) < ($1.passRate, $1.id) }?.id
    }
}
