import TerminalUI

/// A modal layer a pane has open (a prompt line, a question, a menu, a scrolling report, an in-place editor).
/// The pane keeps the overlay's state in its own state and describes it here; while it is open, keys resolve
/// in its scope only, wherever the focus is. The app needs no case per overlay: see "How to add a pane".
public struct PaneOverlay: Sendable {
    /// Where the overlay draws.
    public enum Placement: Equatable, Sendable {
        /// On the status bar's row (a prompt, a question): ``Pane/renderOverlay`` gets that row.
        case statusLine
        /// Over the panes, below the header (a report): it gets the body; the status bar stays.
        case body
        /// Inside the pane itself (an in-place editor): the pane's own render draws it.
        case inPane
    }

    public var scope: BindingScope
    public var placement: Placement
    /// The action a printable key the scope does not bind runs: the overlay is typed into. Nil: such keys do
    /// nothing.
    public var typing: (@Sendable (Character) -> Action)?
    /// The status bar's key hints while it is open (for `.body` and `.inPane`).
    public var hints: [(Action, String)]

    public init(scope: BindingScope, placement: Placement, typing: (@Sendable (Character) -> Action)? = nil,
                hints: [(Action, String)] = []) {
        self.scope = scope
        self.placement = placement
        self.typing = typing
        self.hints = hints
    }
}
