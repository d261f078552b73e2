/// The Decision pane's own state: which question is selected and the answer edits that can be undone.
public struct DecisionPaneState: Equatable, Sendable {
    /// Index of the selected node in the tree's table.
    public var selected = 0
    /// First line of the detail text shown (full screen).
    public var detailOffset = 0
    /// Each entry restores the answers an edit replaced (nil = the node had no stored answer).
    public var undoStack: [[String: String?]] = []
    public var redoStack: [[String: String?]] = []

    public init() {}
}
