import Foundation

/// Runs the Dataset pane's store work in the order the keys were pressed. Each key's task gets the next
/// sequence number; tasks run concurrently on the work queue, so a task whose turn has not come waits here for
/// the ones before. Queries that depend on review state (next unreviewed, search) take a number too, so they see
/// every decision made before them.
final class OrderedWrites: @unchecked Sendable {
    private let condition = NSCondition()
    /// The sequence number whose turn it is; guarded by `condition`.
    private var next = 1

    /// Runs `body` once every lower sequence number has run.
    func run<T>(_ sequence: Int, _ body: () throws -> T) throws -> T {
        condition.lock()
        while sequence > next { condition.wait() }
        condition.unlock()
        defer {
            condition.lock()
            next = max(next, sequence + 1)
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}
