import TuneBenchStore

/// What effects may use: the open project. Passed to background work, never to `update`.
public struct AppEnvironment: Sendable {
    public let store: ProjectStore
    /// Orders the Dataset pane's review writes as the keys were pressed.
    let reviewWrites = OrderedWrites()

    public init(store: ProjectStore) { self.store = store }

    /// The project facts every pane may show.
    public func loadSnapshot() throws -> ProjectSnapshot {
        var snapshot = ProjectSnapshot(path: store.path, metadata: try store.metadata(),
                                       decision: try store.evaluateDecision(), decisionAnswers: try store.decisionAnswers())
        snapshot.reviewCounts = try store.reviewCounts()
        return snapshot
    }
}
