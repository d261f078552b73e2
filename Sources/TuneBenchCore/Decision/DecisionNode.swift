/// One question of the decision tree, with its answers and where each leads.
///
/// Nodes are data (see ``DecisionTree/standard``): the engine walks them; nothing about the framework's rules lives
/// in conditionals elsewhere.
public struct DecisionNode: Sendable, Identifiable {
    /// A stable id, used in `--answer ID=VALUE`, the JSON `path`, and stored answers.
    public let id: String
    /// The question as the user reads it.
    public let question: String
    /// The rule behind the question, shown as help.
    public let help: String
    /// What kind of answer the node takes.
    public let input: Input
    /// How project evidence answers the question, when it can.
    public let evidence: EvidenceRule?

    public enum Input: Sendable {
        /// One of a fixed set of answers, each with its own edges.
        case choice([Option])
        /// A number in a range (e.g. the target pass rate); every value takes the same edges.
        case number(unit: String, range: ClosedRange<Double>, then: [Edge])
    }

    /// One answer of a choice node.
    public struct Option: Sendable {
        public let value: String
        public let label: String
        public let edges: [Edge]

        public init(_ value: String, _ label: String, _ edges: [Edge]) {
            self.value = value
            self.label = label
            self.edges = edges
        }
    }

    /// Where an answer leads; the first edge whose condition holds is taken.
    public struct Edge: Sendable {
        public let condition: Condition?
        public let outcome: Outcome

        public static func to(_ node: String) -> Edge { Edge(condition: nil, outcome: .next(node)) }
        public static func recommend(_ recommendation: Recommendation) -> Edge {
            Edge(condition: nil, outcome: .recommend(recommendation))
        }
        public static func when(_ node: String, in values: Set<String>, _ outcome: Outcome) -> Edge {
            Edge(condition: Condition(node: node, values: values), outcome: outcome)
        }
    }

    /// Holds when an earlier node on the path was answered with one of `values`.
    public struct Condition: Sendable {
        public let node: String
        public let values: Set<String>
    }

    public enum Outcome: Sendable, Equatable {
        case next(String)
        case recommend(Recommendation)
    }

    /// The evidence computations the engine knows; each yields an answer with the numbers it rests on.
    public enum EvidenceRule: Sendable, Equatable {
        /// "yes" when eval runs with at least the minimum number of cases exist.
        case evalsExist
        /// "yes" when a usable run of the rung exists.
        case rungTried(Rung)
        /// "yes" when, after the ladder, a gap to the target remains that the best run cannot close within noise.
        case gapModelShaped
        /// "yes" when accepted examples reach the problem kind's threshold.
        case enoughExamples
    }

    /// The valid answers of a choice node (empty for a number node).
    public var options: [Option] {
        if case let .choice(options) = input { return options }
        return []
    }
}
