import Foundation

/// The decision as the report shows it: the path through the tree, the recommendation, its reasons and the gap
/// attribution.
public struct ReportDecision: Equatable, Sendable, Codable {
    /// One answered question on the path.
    public struct Step: Equatable, Sendable, Codable {
        public var node: String
        public var question: String
        public var answer: String
        /// `evidence`, `user` or `override`.
        public var source: String
        /// The numbers an evidence answer rests on.
        public var evidence: String?
    }

    /// A recommendation recorded earlier (`decide --save`, the Decision pane), for the report's history.
    public struct Recorded: Equatable, Sendable, Codable {
        public var recommendation: String
        /// ISO 8601, UTC.
        public var recordedAt: String

        public init(recommendation: String, recordedAt: Date) {
            self.recommendation = recommendation
            self.recordedAt = ReportDate.string(recordedAt)
        }
    }

    /// The recommendation, or nil while a question on the path is unanswered.
    public var recommendation: String?
    public var recommendsFineTuning: Bool
    /// The question that must be answered next, when the path stops early.
    public var pendingQuestion: String?
    /// The kind of problem the team named (`problem` answer), when known.
    public var problemKind: String?
    public var path: [Step]
    public var reasons: [String]
    public var whatWouldChange: [String]
    /// The 80% rule as numbers, when a baseline run and a target exist.
    public var gap: GapAttribution?
    /// Recommendations recorded before, oldest first.
    public var history: [Recorded]

    public init(_ outcome: DecisionOutcome, history: [Recorded] = [], tree: DecisionTree = .standard) {
        recommendation = outcome.recommendation?.rawValue
        recommendsFineTuning = outcome.recommendation?.isFineTune ?? false
        pendingQuestion = outcome.pendingNode.flatMap { tree.node($0)?.question }
        problemKind = outcome.path.first { $0.node == "problem" }.flatMap { ProblemKind(rawValue: $0.answer) }?.label
        path = outcome.path.map {
            Step(node: $0.node, question: $0.question, answer: $0.answer, source: $0.source.rawValue, evidence: $0.evidence)
        }
        reasons = outcome.reasons
        whatWouldChange = outcome.whatWouldChange
        gap = outcome.gap
        self.history = history
    }
}
