/// A rung of the ladder an eval run represents: what was changed to get it, cheapest first.
public enum Rung: String, CaseIterable, Codable, Sendable, Comparable {
    /// The system as it stands, before any improvement.
    case baseline
    /// Better prompts, measured with evals.
    case prompt
    /// Retrieval-augmented generation added or improved.
    case rag
    /// Better retrieval inside RAG: reranking, hybrid search.
    case retrieval
    /// A stronger model tier.
    case model
    /// A fine-tuned model.
    case finetune

    public static func < (lhs: Rung, rhs: Rung) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
