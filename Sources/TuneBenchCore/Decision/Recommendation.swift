/// What the decision tree can recommend. The raw values are the CLI's and the JSON's contract.
public enum Recommendation: String, CaseIterable, Codable, Sendable {
    case buildEvalsFirst = "build evals first"
    case improvePrompts = "improve prompts"
    case improveRAG = "improve RAG"
    case improveRetrieval = "improve retrieval (rerank, hybrid search)"
    case tryStrongerModel = "try a stronger model"
    case addRoutingCaching = "add routing/caching"
    case fineTuneLoRA = "fine-tune with LoRA"
    case useRAGNotFineTuning = "use RAG, not fine-tuning"

    /// True for the one recommendation that says to fine-tune.
    public var isFineTune: Bool { self == .fineTuneLoRA }

    /// The recommendation that improves a rung of the ladder.
    public static func improving(_ rung: Rung) -> Recommendation {
        switch rung {
        case .baseline, .prompt: return .improvePrompts
        case .rag: return .improveRAG
        case .retrieval: return .improveRetrieval
        case .model: return .tryStrongerModel
        case .finetune: return .fineTuneLoRA
        }
    }
}
