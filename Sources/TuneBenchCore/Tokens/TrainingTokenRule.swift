/// The default-epochs rule and billing/charged tokens of OpenAI's chat data-prep check (formats.md §3).
///
/// n examples: if 3n < 100, epochs = min(25, 100 / n); if 3n > 25,000, epochs = max(1, 25,000 / n); else 3
/// (integer division). Billing tokens = Σ min(cap, tokens of example); charged = epochs × billing.
public struct TrainingTokenRule: Sendable, Equatable {
    /// Tokens per example beyond which training truncates (4,096 in the 2023 notebook, 16,385 newer).
    public var maxTokensPerExample: Int
    public var targetEpochs = 3
    public var minTargetExamples = 100
    public var maxTargetExamples = 25_000
    public var minDefaultEpochs = 1
    public var maxDefaultEpochs = 25

    public init(maxTokensPerExample: Int = 16_385) { self.maxTokensPerExample = maxTokensPerExample }

    /// The number of epochs OpenAI picks by default for `exampleCount` examples (0 for none).
    public func defaultEpochs(exampleCount n: Int) -> Int {
        guard n > 0 else { return 0 }
        if n * targetEpochs < minTargetExamples { return min(maxDefaultEpochs, minTargetExamples / n) }
        if n * targetEpochs > maxTargetExamples { return max(minDefaultEpochs, maxTargetExamples / n) }
        return targetEpochs
    }

    /// Σ min(cap, tokens) over the examples.
    public func billingTokens<S: Sequence>(_ exampleTokens: S) -> Int where S.Element == Int {
        exampleTokens.reduce(0) { $0 + min(maxTokensPerExample, $1) }
    }

    /// Epochs, billing and charged tokens for a dataset whose examples have these token counts.
    public func estimate(_ exampleTokens: [Int]) -> TrainingTokenBill {
        let epochs = defaultEpochs(exampleCount: exampleTokens.count)
        let billing = billingTokens(exampleTokens)
        return TrainingTokenBill(epochs: epochs, billingTokens: billing, chargedTokens: epochs * billing)
    }
}

/// What a training run on a dataset would be billed for.
public struct TrainingTokenBill: Sendable, Equatable, Codable {
    public var epochs: Int
    public var billingTokens: Int
    public var chargedTokens: Int

    public init(epochs: Int, billingTokens: Int, chargedTokens: Int) {
        self.epochs = epochs
        self.billingTokens = billingTokens
        self.chargedTokens = chargedTokens
    }
}
