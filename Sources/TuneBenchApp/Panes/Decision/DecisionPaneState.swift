/// The Decision pane's own state: which question is selected and the answer edits not yet seen in the project
/// snapshot.
public struct DecisionPaneState: Equatable, Sendable {
    /// An answer written (or being written) whose reload has not reached the snapshot yet. Keys arrive faster
    /// than the store round trip, so the next key must build on this value, not on the stale snapshot.
    public struct PendingAnswer: Equatable, Sendable {
        public var value: String?
        public var sequence: Int
    }

    /// Index of the selected node in the tree's table.
    public var selected = 0
    /// First line of the detail text shown (full screen).
    public var detailOffset = 0
    public var pending: [String: PendingAnswer] = [:]
    /// The number the next write gets (writes run on the ordered queue, so they are stored in this order).
    public var nextSequence = 1
    /// The highest sequence number known to be stored.
    public var storedSequence = 0

    public init() {}

    /// The answer a node has now, pending edits included (nil: no stored answer).
    func answer(_ node: String, stored: [String: String]) -> String? {
        if let pending = pending[node] { return pending.value }
        return stored[node]
    }

    /// The stored answers with pending edits applied.
    func answers(stored: [String: String]) -> [String: String] {
        var result = stored
        for (node, pending) in self.pending { result[node] = pending.value }
        return result
    }

    /// Forgets pending edits that are stored and visible in the snapshot.
    mutating func prune(stored: [String: String]) {
        pending = pending.filter { node, pending in
            pending.sequence > storedSequence || stored[node] != pending.value
        }
    }
}
