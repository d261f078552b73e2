import Foundation

/// Walks the decision tree from the root, answering each node from the user's answers or the project's evidence,
/// until it reaches a recommendation or a question nobody has answered.
///
///     let outcome = DecisionEngine(evidence: evidence).evaluate(answers: ["problem": "format", "target": "0.98"])
///     outcome.recommendation   // .fineTuneLoRA
public struct DecisionEngine: Sendable {
    public let tree: DecisionTree
    public let evidence: DecisionEvidence

    public init(tree: DecisionTree = .standard, evidence: DecisionEvidence) {
        self.tree = tree
        self.evidence = evidence
    }

    /// Evaluates the tree. `answers` maps node ids to the user's answers; an answer to a node the evidence can
    /// answer overrides it.
    public func evaluate(answers: [String: String]) -> DecisionOutcome {
        var steps: [DecisionOutcome.Step] = []
        var given: [String: String] = [:]
        var current = tree.root
        var visited: Set<String> = []
        let target = answers["target"].flatMap(Self.parseRate)
        let gap = target.flatMap { GapAttribution.compute(evidence: evidence, target: $0) }
        let problem = answers["problem"].flatMap(ProblemKind.init(rawValue:))
        let context = EvidenceContext(evidence: evidence, target: target, gap: gap, problem: problem)

        while let node = tree.node(current), !visited.contains(current) {
            visited.insert(current)
            let computed = node.evidence.flatMap { context.answer($0) }
            let user = answers[node.id].map { normalise($0, for: node) }
            guard let answer = user ?? computed?.answer else {
                return finish(steps, recommendation: nil, pending: node.id, gap: gap, context: context)
            }
            let source: DecisionOutcome.Step.Source =
                user == nil ? .evidence : (computed == nil ? .user : (computed?.answer == user ? .evidence : .override))
            steps.append(.init(node: node.id, question: node.question, answer: answer, source: source,
                               evidence: computed?.citation))
            given[node.id] = answer
            guard let outcome = nextOutcome(node, answer: answer, given: given) else {
                return finish(steps, recommendation: nil, pending: node.id, gap: gap, context: context)
            }
            switch outcome {
            case let .next(id): current = id
            case let .recommend(recommendation):
                return finish(steps, recommendation: recommendation, pending: nil, gap: gap, context: context)
            }
        }
        return finish(steps, recommendation: nil, pending: current, gap: gap, context: context)
    }

    /// Parses "0.98", "98%" or "98" as a rate in 0...1.
    public static func parseRate(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isPercent = trimmed.hasSuffix("%")
        guard let value = Double(isPercent ? String(trimmed.dropLast()) : trimmed), value.isFinite, value >= 0 else { return nil }
        let rate = isPercent || value > 1 ? value / 100 : value
        return rate <= 1 ? rate : nil
    }

    /// Checks an answer against a node: nil when it is valid, else why not.
    public func problem(with answer: String, for nodeID: String) -> String? {
        guard let node = tree.node(nodeID) else {
            return "unknown question \"\(nodeID)\" (questions: \(tree.nodes.map(\.id).joined(separator: ", ")))"
        }
        switch node.input {
        case let .choice(options):
            return options.contains { $0.value == answer } ? nil
                : "\"\(answer)\" is not an answer to \(nodeID) (answers: \(options.map(\.value).joined(separator: ", ")))"
        case let .number(unit, range, _):
            guard let value = Self.parseRate(answer), range.contains(value) else {
                return "\(nodeID) takes a \(unit) between \(range.lowerBound) and \(range.upperBound), e.g. 0.98 or 98%"
            }
            return nil
        }
    }

    private func normalise(_ answer: String, for node: DecisionNode) -> String {
        if case .number = node.input, let rate = Self.parseRate(answer) { return Self.formatRate(rate) }
        return answer
    }

    static func formatRate(_ rate: Double) -> String {
        let text = String(format: "%.4f", rate)
        var trimmed = text
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }

    private func nextOutcome(_ node: DecisionNode, answer: String, given: [String: String]) -> DecisionNode.Outcome? {
        let edges: [DecisionNode.Edge]
        switch node.input {
        case let .choice(options):
            guard let option = options.first(where: { $0.value == answer }) else { return nil }
            edges = option.edges
        case let .number(_, range, then):
            guard let value = Self.parseRate(answer), range.contains(value) else { return nil }
            edges = then
        }
        return edges.first { edge in
            guard let condition = edge.condition else { return true }
            return given[condition.node].map(condition.values.contains) ?? false
        }?.outcome
    }

    private func finish(_ steps: [DecisionOutcome.Step], recommendation: Recommendation?, pending: String?,
                        gap: GapAttribution?, context: EvidenceContext) -> DecisionOutcome {
        let explanation = recommendation.map { Explanation(context: context, steps: steps, recommendation: $0) }
        return DecisionOutcome(
            path: steps, recommendation: recommendation, pendingNode: pending,
            reasons: explanation?.reasons ?? [], whatWouldChange: explanation?.whatWouldChange ?? [], gap: gap)
    }
}
