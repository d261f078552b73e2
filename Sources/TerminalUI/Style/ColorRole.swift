/// A named colour role. Views say what a piece of text *is* (muted, an error, the assistant's turn); the theme
/// says what that looks like. Colour never carries meaning alone: the `mono` theme maps roles to attributes.
public enum ColorRole: String, CaseIterable, Hashable, Sendable {
    case background, text, muted, accent, selection, success, warning, error
    /// Chat roles, for transcripts.
    case system, user, assistant, tool
}
