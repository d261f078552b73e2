import Foundation

/// What one model costs per million tokens, with where the figure comes from and when it was read.
///
/// `ModelPrice(model: "gpt-4.1", inputPer1M: 2, outputPer1M: 8, ...)` is $2 per 1M input tokens and $8 per 1M
/// output tokens. A price half may be missing (an embedding model has no output price); the cost model refuses
/// to use a model whose needed half is missing.
public struct ModelPrice: Equatable, Sendable, Codable {
    public var model: String
    /// The provider, as LiteLLM names it (`openai`, `anthropic`, `together_ai`), or empty.
    public var provider: String
    /// USD per 1M input tokens.
    public var inputPer1M: Double?
    /// USD per 1M output tokens.
    public var outputPer1M: Double?
    /// USD per 1M input tokens read from the provider's prompt cache, where the provider has one.
    public var cacheReadPer1M: Double?
    /// Where the figure comes from: a URL, a file, "user-entered".
    public var source: String
    /// The day the figure was read or entered, `YYYY-MM-DD`.
    public var asOf: String

    public init(
        model: String, provider: String = "", inputPer1M: Double?, outputPer1M: Double?,
        cacheReadPer1M: Double? = nil, source: String, asOf: String
    ) {
        self.model = model
        self.provider = provider
        self.inputPer1M = inputPer1M
        self.outputPer1M = outputPer1M
        self.cacheReadPer1M = cacheReadPer1M
        self.source = source
        self.asOf = asOf
    }

    /// USD for one call of `inputTokens` in and `outputTokens` out; nil when a needed price half is missing.
    public func costPerCall(inputTokens: Double, outputTokens: Double) -> Double? {
        guard let input = inputPer1M, let output = outputPer1M else { return nil }
        return (inputTokens * input + outputTokens * output) / 1_000_000
    }
}

extension ModelPrice {
    /// A price the user typed, checked: a model name, at least one of input/output, every given figure a finite
    /// number >= 0. The source says "user-entered" (plus the user's note) so listings never pass it off as
    /// published.
    public static func userEntered(
        model: String, inputPer1M: Double?, outputPer1M: Double?, cacheReadPer1M: Double?, note: String?, asOf: String
    ) throws -> ModelPrice {
        guard !model.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CostInputError(assumption: "model", "a price needs a model name")
        }
        guard inputPer1M != nil || outputPer1M != nil else {
            throw CostInputError(assumption: "--input", "\(model): give --input and/or --output (USD per 1M tokens)")
        }
        for (flag, value) in [("--input", inputPer1M), ("--output", outputPer1M), ("--cache-read", cacheReadPer1M)] {
            if let value, !(value.isFinite && value >= 0) {
                throw CostInputError(assumption: flag, "\(flag) must be a finite number >= 0 (USD per 1M tokens), got \(value)")
            }
        }
        return ModelPrice(model: model, inputPer1M: inputPer1M, outputPer1M: outputPer1M, cacheReadPer1M: cacheReadPer1M,
                          source: note.map { "user-entered: \($0)" } ?? "user-entered", asOf: asOf)
    }
}
