/// Runs the Dataset pane's store work in the order the keys were pressed. Each key's task gets the next
/// sequence number; tasks run concurrently, so a task whose turn has not come waits here for the ones before.
/// Queries that depend on review state (next unreviewed, search) take a number too, so they see every
/// decision made before them.
actor OrderedWrites {
    private var next = 1
    private var waiting: [Int: CheckedContinuation<Void, Never>] = [:]

    /// Runs `body` once every lower sequence number has run.
    func run<T: Sendable>(_ sequence: Int, _ body: @Sendable () throws -> T) async throws -> T {
        if sequence > next { await withCheckedContinuation { waiting[sequence] = $0 } }
        defer {
            next = max(next, sequence + 1)
            waiting.removeValue(forKey: next)?.resume()
        }
        return try body()
    }
}
