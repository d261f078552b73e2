/// The prices a new project starts with: dated facts, each with its source.
///
/// Read on 2026-11-25 from LiteLLM's `model_prices_and_context_window.json` as shipped in the litellm 1.110.2
/// wheel (its `_backup` copy); the `source` of each entry is the provider page LiteLLM cites. Inference prices
/// only: no public source gives training prices reliably, so the training price is a user-entered assumption
/// (`training_price_per_1m`). Replace or extend with `tunebench prices import PATH FILE`.
public enum DefaultPrices {
    /// The day these figures were read.
    public static let asOf = "2026-11-25"
    /// Where they were read.
    public static let origin = "LiteLLM model_prices_and_context_window.json (litellm 1.110.2)"

    /// The default prices, in USD per 1M tokens.
    public static let all: [ModelPrice] = [
        entry("gpt-4.1", "openai", 2, 8, 0.5, openAI),
        entry("gpt-4.1-mini", "openai", 0.4, 1.6, 0.1, openAI),
        entry("gpt-4.1-nano", "openai", 0.1, 0.4, 0.025, openAI),
        entry("gpt-4o", "openai", 2.5, 10, 1.25, openAI),
        entry("gpt-4o-mini", "openai", 0.15, 0.6, 0.075, openAI),
        entry("ft:gpt-4.1-2025-04-14", "openai", 3, 12, 0.75, openAI),
        entry("ft:gpt-4.1-mini-2025-04-14", "openai", 0.8, 3.2, 0.2, openAI),
        entry("ft:gpt-4.1-nano-2025-04-14", "openai", 0.2, 0.8, 0.05, openAI),
        entry("ft:gpt-4o-mini-2024-07-18", "openai", 0.3, 1.2, 0.15, openAI),
        entry("claude-sonnet-4-5", "anthropic", 3, 15, 0.3, anthropic),
        entry("claude-haiku-4-5", "anthropic", 1, 5, 0.1, anthropic),
        entry("together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "together_ai", 0.18, 0.18, nil, together),
        entry("together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "together_ai", 0.88, 0.88, nil, together),
    ]

    /// The defaults as a table.
    public static var table: PriceTable { PriceTable(all) }

    private static let openAI = "https://developers.openai.com/api/docs/pricing"
    private static let anthropic = "https://platform.claude.com/docs/en/about-claude/pricing"
    private static let together = "https://api.together.ai/v1/models"

    private static func entry(
        _ model: String, _ provider: String, _ input: Double, _ output: Double, _ cacheRead: Double?, _ page: String
    ) -> ModelPrice {
        ModelPrice(model: model, provider: provider, inputPer1M: input, outputPer1M: output, cacheReadPer1M: cacheRead,
                   source: "\(page) via \(origin)", asOf: asOf)
    }
}
