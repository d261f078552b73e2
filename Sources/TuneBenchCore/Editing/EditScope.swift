/// Which part of the project an edit belongs to: each pane's `u` and `Ctrl-R` walk the edits of its own scope,
/// `tunebench undo` walks all of them (or one, with `--scope`).
public enum EditScope: String, CaseIterable, Sendable, Codable {
    /// Review decisions, tags, notes, text edits and bulk changes of examples; the review target.
    case dataset
    /// Verdict overrides of eval cases, runners, watched directories.
    case evals
    /// The decision tree's answers and the target pass rate.
    case decision
    /// Cost assumptions.
    case cost
}
