import Foundation

/// Actions posted by background work for the main loop, which drains them between keys.
final class Inbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var actions: [Action] = []

    func post(_ action: Action) {
        condition.lock()
        actions.append(action)
        condition.signal()
        condition.unlock()
    }

    /// Everything posted so far, oldest first.
    func drain() -> [Action] {
        condition.lock()
        defer { condition.unlock() }
        let drained = actions
        actions.removeAll()
        return drained
    }

    /// Waits until something is posted or `seconds` pass; true if something is waiting.
    @discardableResult
    func wait(seconds: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if actions.isEmpty { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
        return !actions.isEmpty
    }
}
