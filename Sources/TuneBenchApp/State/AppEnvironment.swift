import TuneBenchStore

/// What effects may use: the open project. Passed to background work, never to `update`.
public struct AppEnvironment: Sendable {
    public let store: ProjectStore

    public init(store: ProjectStore) { self.store = store }

    /// The project facts every pane may show.
    public func loadSnapshot() throws -> ProjectSnapshot {
        ProjectSnapshot(path: store.path, metadata: try store.metadata(), recordCounts: try store.recordCounts(),
                        decision: try store.evaluateDecision(), decisionAnswers: try store.decisionAnswers())
    }
}
