/// Counts tokens of text under one encoding.
///
/// The one seam every token figure goes through: the dataset statistics, the length checks, the cost model.
/// An exact BPE tokenizer (tiktoken-compatible) and an estimator both conform; `isExact` tells screens and
/// reports whether to label a figure as an estimate.
public protocol TokenCounter: Sendable {
    /// The encoding's name (`o200k_base`, `cl100k_base`) or, for an estimator, a name that says so.
    var encodingName: String { get }
    /// True when counts equal the provider's; false for estimates, which every output must label.
    var isExact: Bool { get }
    /// The number of tokens of `text`, special-token strings counted as ordinary text.
    func count(_ text: String) -> Int
}
