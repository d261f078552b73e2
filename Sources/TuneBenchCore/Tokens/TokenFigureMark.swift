/// The one mark a token figure counted by the estimator carries, in every pane, report and CLI output:
/// `tokens (estimate)`. Exact counts (tiktoken's rank files were there) carry none, so the two never look alike.
public enum TokenFigureMark {
    /// The label itself, parenthesised as it is shown.
    public static let estimate = "(estimate)"

    /// `" (estimate)"` after an estimated figure's label, `""` after an exact one.
    public static func suffix(estimated: Bool) -> String { estimated ? " " + estimate : "" }

    /// `tokens` or `tokens (estimate)`.
    public static func tokens(estimated: Bool) -> String { "tokens" + suffix(estimated: estimated) }

    /// What counted the figures: the encoding's name when exact (`o200k_base`), the mark when estimated.
    public static func counter(_ encodingName: String, exact: Bool) -> String { exact ? encodingName : "estimate" }
}
