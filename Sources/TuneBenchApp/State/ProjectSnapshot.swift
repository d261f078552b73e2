import TuneBenchCore
import TuneBenchStore

/// What every pane may show about the project as a whole; reloaded after changes.
public struct ProjectSnapshot: Equatable, Sendable {
    public var path: String
    public var metadata: ProjectMetadata
    /// The decision tree evaluated on the stored answers and the project's evidence.
    public var decision: DecisionOutcome?
    /// The answers the user stored (node id → value).
    public var decisionAnswers: [String: String]
    /// Examples by review status over every dataset (kept counts: never a scan).
    public var reviewCounts = ReviewCounts()

    public init(path: String, metadata: ProjectMetadata, decision: DecisionOutcome? = nil,
                decisionAnswers: [String: String] = [:]) {
        self.path = path
        self.metadata = metadata
        self.decision = decision
        self.decisionAnswers = decisionAnswers
    }

    public var name: String { metadata.name }
}
