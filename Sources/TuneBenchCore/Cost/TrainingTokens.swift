/// The training-token facts of a dataset, as the dataset core computes them (formats.md §3).
///
/// `billingTokensPerEpoch` is Σ min(cap, tokens of example) over the accepted examples; the provider charges
/// `billingTokensPerEpoch × epochs`. `isExact` is false when the counts come from an estimator.
public struct TrainingTokens: Equatable, Sendable {
    public var examples: Int
    public var billingTokensPerEpoch: Int
    public var epochs: Int
    public var isExact: Bool
    /// The encoding the counts were made with (`o200k_base`), or the estimator's name.
    public var encodingName: String
    /// The recorded tune plan whose training file these figures were measured in; nil when they are summed over
    /// the accepted examples.
    public var tune: Int64?

    public init(examples: Int, billingTokensPerEpoch: Int, epochs: Int, isExact: Bool, encodingName: String,
                tune: Int64? = nil) {
        self.tune = tune
        self.examples = examples
        self.billingTokensPerEpoch = billingTokensPerEpoch
        self.epochs = epochs
        self.isExact = isExact
        self.encodingName = encodingName
    }

    /// The tokens one training run is charged for.
    public var chargedTokens: Int { billingTokensPerEpoch * epochs }

    /// The provenance label shown next to values taken from these facts.
    public var sourceLabel: String {
        let source = tune.map { "measured in tune #\($0)'s training file" } ?? "from the dataset"
        return isExact ? "\(source) (exact, \(encodingName))" : "\(source) \(TokenFigureMark.estimate)"
    }
}
