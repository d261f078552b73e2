/// One reversible change of an example's review state: the state before and after, so its inverse is exact.
/// An edit made in `$EDITOR` also replaces the example's text, through a stored revision (``TextChange``).
public struct ReviewEdit: Sendable, Equatable, Codable {
    /// The stable example id (for a bulk change: the first example it changed).
    public var exampleID: String
    public var before: ReviewState
    public var after: ReviewState
    /// The text the change replaced, when it replaced it.
    public var text: TextChange?
    /// How many examples the change covered: a bulk change is one step of undo.
    public var count = 1

    public init(exampleID: String, before: ReviewState, after: ReviewState, text: TextChange? = nil, count: Int = 1) {
        self.exampleID = exampleID
        self.before = before
        self.after = after
        self.text = text
        self.count = count
    }

    /// The change also replaced the example's text.
    public var editedText: Bool { text != nil }

    /// The edit that undoes this one.
    public var inverse: ReviewEdit {
        ReviewEdit(exampleID: exampleID, before: after, after: before, text: text?.inverse, count: count)
    }
}

/// The text part of an example edit: which stored revision (its text before and after) and which way it goes.
public struct TextChange: Sendable, Equatable, Codable {
    /// The `example_revision` row holding both texts.
    public var revision: Int64
    /// True when the change puts the revision's *before* text back (the undo of an edit).
    public var restoresBefore: Bool

    public init(revision: Int64, restoresBefore: Bool = false) {
        self.revision = revision
        self.restoresBefore = restoresBefore
    }

    public var inverse: TextChange { TextChange(revision: revision, restoresBefore: !restoresBefore) }
}
