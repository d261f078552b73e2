/// The paths the cost model compares.
public enum CostScenario: String, CaseIterable, Sendable, Codable {
    /// Keep the large model with its RAG context: no one-time cost, the highest price per call.
    case current = "current"
    /// Answer a share of calls from a cache and route a share of the rest to a cheaper model.
    case routing = "routing"
    /// Fine-tune a small model through a provider's API and serve it there.
    case fineTunedAPI = "fine_tuned_api"
    /// Fine-tune an open model on rented GPUs (LoRA by default) and serve it on them.
    case fineTunedSelfHosted = "fine_tuned_self_hosted"

    /// A short human title.
    public var title: String {
        switch self {
        case .current: "large model + RAG"
        case .routing: "routing + cache"
        case .fineTunedAPI: "fine-tuned small model via API"
        case .fineTunedSelfHosted: "fine-tuned open model, self-hosted"
        }
    }
}
