import TerminalUI

/// How much room a pane has: a quarter of the home screen (a live summary) or the whole screen.
public enum PaneMode: Equatable, Sendable {
    case summary
    case fullScreen
}

/// What a pane may read about the rest of the app. Panes never see each other's state: facts several panes
/// show belong in ``AppState`` (and here), so a change made in one pane shows in the others at once.
public struct PaneContext: Equatable, Sendable {
    public var project: ProjectSnapshot
    /// The pane has the keyboard (and no overlay is open).
    public var isFocused: Bool
    public var tasks: [RunningTask]
    /// Rows inside the pane's border as laid out now (for paging by a screenful).
    public var height = 0
    /// Columns inside the pane's border, less the one-column margins.
    public var width = 0
    /// The pane fills the screen.
    public var isFullScreen = false
}

/// A pane's action: named (keys and `:` run it by name) and telling the user's requests from the results of
/// background work the pane receives, because only a request clears the status message.
public protocol PaneAction: NamedAction, Equatable {
    /// True for what the runtime reports back (a page read, an edit stored): it must not clear a message that
    /// the pane or another one set.
    var isResult: Bool { get }
}

/// One pane of the workbench: its own state, actions, keys, update and drawing, in its own folder
/// (`Panes/<Name>/`). See "How to add a pane" in docs/ARCHITECTURE.md.
///
/// Everything is static and pure: the app stores `State` in ``AppState``, wraps `Action` in its own
/// ``Action`` enum, and routes to these functions; IO happens only through the returned effects.
public protocol Pane {
    associatedtype State: Equatable & Sendable
    associatedtype Action: PaneAction

    static var id: PaneID { get }
    /// The pane's key bindings, all in scope `id.scope`, with actions wrapped into the app's ``Action``.
    static var bindings: [AppBinding] { get }
    /// Applies one of the pane's actions; returns the effects to run (store writes, queries, file IO).
    static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect]
    /// What the mouse wheel over the pane does (a list moves its selection, text scrolls).
    static func scrollAction(_ command: ScrollCommand) -> Action
    /// What a click on a row of the pane's content does (select a list row); `row` counts from the first row
    /// inside the border. Nil: nothing beyond focusing the pane.
    static func clickAction(row: Int, state: State) -> Action?
    /// Draws the pane's content inside its border (the app draws the border and title).
    static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid)
    /// The modal layer the pane has open, if any (its state lives in `State`).
    static func overlay(_ state: State) -> PaneOverlay?
    /// Draws the open overlay in the area its placement gives (the status bar's row, or the body).
    static func renderOverlay(_ state: State, context: PaneContext, in area: Rect, into grid: inout Grid)
    /// Closes the open overlay (Esc, and the app's `close-overlay`).
    static func closeOverlay(_ state: inout State)
}

extension Pane {
    /// Panes without selectable rows (text, placeholders) only take focus on a click.
    public static func clickAction(row: Int, state: State) -> Action? { nil }
    /// Panes without overlays.
    public static func overlay(_ state: State) -> PaneOverlay? { nil }
    public static func renderOverlay(_ state: State, context: PaneContext, in area: Rect, into grid: inout Grid) {}
    public static func closeOverlay(_ state: inout State) {}
}
