/// Where the tree led for one set of answers and evidence.
public struct DecisionOutcome: Equatable, Sendable {
    /// One answered node on the path.
    public struct Step: Equatable, Sendable {
        public enum Source: String, Sendable, Codable {
            /// The project's evidence answered and nobody overrode it.
            case evidence
            /// The user answered a question evidence cannot answer.
            case user
            /// The user's answer differs from what the evidence says (recorded as an override).
            case override
        }

        public var node: String
        public var question: String
        public var answer: String
        public var source: Source
        /// The numbers the evidence answer rests on, when evidence could answer.
        public var evidence: String?
    }

    /// The answered nodes, root first.
    public var path: [Step]
    /// The recommendation, or nil while a question on the path is unanswered.
    public var recommendation: Recommendation?
    /// The first unanswered node on the path, when there is one.
    public var pendingNode: String?
    /// Why, each reason citing the project's numbers.
    public var reasons: [String]
    /// What evidence would change the recommendation.
    public var whatWouldChange: [String]
    /// The gap attribution, when a baseline run and a target exist.
    public var gap: GapAttribution?

    /// The node ids of the path, root first (the JSON `path`).
    public var nodeIDs: [String] { path.map(\.node) + (pendingNode.map { [$0] } ?? []) }
}
