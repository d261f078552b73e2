/// One change of the decision tree's stored answers: for each node, the answer before and after (nil: no stored
/// answer, the evidence decides). The target pass rate is the answer of the node `target`.
public struct DecisionAnswersEdit: Sendable, Equatable, Codable {
    public struct Change: Sendable, Equatable, Codable {
        public var node: String
        public var before: String?
        public var after: String?

        public init(node: String, before: String?, after: String?) {
            self.node = node
            self.before = before
            self.after = after
        }
    }

    /// One entry per node, in node order.
    public var changes: [Change]

    public init(changes: [Change]) { self.changes = changes.sorted { $0.node < $1.node } }

    public var inverse: DecisionAnswersEdit {
        DecisionAnswersEdit(changes: changes.map { Change(node: $0.node, before: $0.after, after: $0.before) })
    }

    /// The answers to store, nil removing one.
    public var afterAnswers: [String: String?] {
        Dictionary(uniqueKeysWithValues: changes.map { ($0.node, $0.after) })
    }
}
