/// The framework's decision tree, as one table of nodes (shared/design/framework.md).
public struct DecisionTree: Sendable {
    public let nodes: [DecisionNode]
    public let root: String

    /// The node with an id.
    public func node(_ id: String) -> DecisionNode? { nodes.first { $0.id == id } }

    /// The tree tunebench ships.
    public static let standard = DecisionTree(nodes: [
        DecisionNode(
            id: "problem",
            question: "What is wrong with the current AI?",
            help: """
                Fine-tuning changes weights from examples: it teaches behaviours, styles and formats, not facts. It wins \
                in three cases only: a consistent output format or style, specialised vocabulary used heavily, and \
                latency or cost once routing and caching are exhausted. Facts belong in retrieval (RAG); \
                hallucinations need better context; "bad answers sometimes" needs evals to diagnose.
                """,
            input: .choice(ProblemKind.allCases.map { kind in
                switch kind {
                case .companyFacts, .hallucinations:
                    return .init(kind.rawValue, kind.label, [.recommend(.useRAGNotFineTuning)])
                default:
                    return .init(kind.rawValue, kind.label, [.to("evals")])
                }
            }),
            evidence: nil),
        DecisionNode(
            id: "evals",
            question: "Do you have evals?",
            help: """
                No evals, no decision: without an evaluation suite you cannot tell whether any change helped, and \
                "bad answers sometimes" cannot be diagnosed. Answered from the project: eval runs with at least the \
                minimum number of cases.
                """,
            input: .choice([
                .init("yes", "yes, eval runs with enough cases", [.to("target")]),
                .init("no", "no", [.recommend(.buildEvalsFirst)]),
            ]),
            evidence: .evalsExist),
        DecisionNode(
            id: "target",
            question: "What pass rate is the goal?",
            help: """
                The target of the metric the evals measure (e.g. 0.98 valid outputs). The gap from the baseline to \
                this target is what the ladder has to close.
                """,
            input: .number(unit: "pass rate", range: 0...1, then: [
                .when("problem", in: [ProblemKind.latency.rawValue, ProblemKind.cost.rawValue], .next("routing")),
                .to("prompt"),
            ]),
            evidence: nil),
        DecisionNode(
            id: "routing",
            question: "Have multi-model routing and caching been tried?",
            help: """
                Latency and cost needs are rarer reasons to fine-tune than people think: routing easy calls to a \
                smaller model and caching repeated ones solve most latency needs, better routing most cost needs. \
                Fine-tuning a small model for speed or price wins only after those.
                """,
            input: .choice([
                .init("yes", "yes, and the budget is still missed", [.to("prompt")]),
                .init("no", "no", [.recommend(.addRoutingCaching)]),
            ]),
            evidence: nil),
        rungNode(.prompt, question: "Have better prompts been tried and measured?", help: """
            Systematic prompt engineering with evals often closes about half of the gap for free. A `prompt` eval \
            run answers this question.
            """, next: [.to("rag")]),
        rungNode(.rag, question: "Has retrieval-augmented generation (RAG) been tried?", help: """
            Retrieval patterns stack and are cheaper to improve than weights. A `rag` eval run answers this.
            """, next: [
                .when("problem", in: [ProblemKind.smarterOnDomain.rawValue, ProblemKind.badAnswersSometimes.rawValue],
                      .next("retrieval")),
                .to("model"),
            ]),
        rungNode(.retrieval, question: "Has better retrieval (reranking, hybrid search) been tried?", help: """
            Inside RAG, reranking and hybrid search are often the biggest wins. A `retrieval` eval run answers this.
            """, next: [.to("model")]),
        rungNode(.model, question: "Has a stronger model been tried?", help: """
            Sometimes the base model is the problem and a stronger tier closes the gap. About 80% of teams never need \
            to go past this step. A `model` eval run answers this.
            """, next: [.to("gap")]),
        DecisionNode(
            id: "gap",
            question: "Is the remaining gap model-shaped?",
            help: """
                The 80% rule: of the gap between baseline and target, what share did prompting, RAG, retrieval and a \
                stronger model close, and what is genuinely model capability? Fine-tune only when a gap remains after \
                the ladder and the best run is distinguishably below the target (its 95% interval lies below it).
                """,
            input: .choice([
                .init("yes", "yes, a gap remains that the ladder did not close", [
                    .when("problem", in: [ProblemKind.smarterOnDomain.rawValue, ProblemKind.badAnswersSometimes.rawValue],
                          .recommend(.useRAGNotFineTuning)),
                    .to("examples"),
                ]),
                .init("no", "no, the best run meets the target within noise", [.recommend(.improvePrompts)]),
            ]),
            evidence: .gapModelShaped),
        DecisionNode(
            id: "examples",
            question: "Are there enough curated examples for this kind of fine-tune?",
            help: """
                A format or style tune needs 300+ curated examples (300-1000 typical: they take validity from ~85% to \
                98%+). Domain vocabulary needs thousands: 100 won't move the needle, ~5,000 will. Answered from the \
                project's accepted examples.
                """,
            input: .choice([
                .init("yes", "yes", [.recommend(.fineTuneLoRA)]),
                .init("no", "not yet", [
                    .when("problem", in: [ProblemKind.domainVocabulary.rawValue], .recommend(.improveRAG)),
                    .recommend(.improvePrompts),
                ]),
            ]),
            evidence: .enoughExamples),
    ], root: "problem")

    private static func rungNode(_ rung: Rung, question: String, help: String, next: [DecisionNode.Edge]) -> DecisionNode {
        DecisionNode(
            id: rung.rawValue, question: question, help: help,
            input: .choice([
                .init("yes", "yes, a \(rung.rawValue) eval run exists", next),
                .init("no", "no", [.recommend(.improving(rung))]),
            ]),
            evidence: .rungTried(rung))
    }
}
