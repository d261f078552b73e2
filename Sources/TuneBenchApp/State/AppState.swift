import TerminalUI

/// The whole state of the workbench, one value. `update` changes it; `AppView` draws it.
///
/// Shared facts (the project summary, running work, the last message) live here at the top so every pane sees
/// a change at once; each pane keeps its own state in its property (`dataset`, `evals`, …), whose type its
/// folder under `Panes/` defines.
public struct AppState: Equatable, Sendable {
    public var project: ProjectSnapshot
    /// The terminal size the layout is computed for.
    public var size: Size
    /// The pane that receives pane keys; `.report` means the Report view is open.
    public var focus: PaneID = .decision
    /// The home pane to return to when the Report view closes.
    public var lastHomeFocus: PaneID = .decision
    /// The focused home pane fills the screen.
    public var isZoomed = false
    public var overlay: Overlay?
    /// Commands run from `:` in this session, oldest first.
    public var commandHistory: [String] = []
    /// Where Up/Down in the command line are in `commandHistory` (its count: the new, empty line).
    public var commandHistoryPosition = 0
    public var message: StatusMessage?
    public var tasks: [RunningTask] = []
    /// Set once quitting is decided; the runtime then stops.
    public var isQuitting = false

    public var decision = DecisionPane.State()
    public var dataset = DatasetPane.State()
    public var evals = EvalsPane.State()
    public var cost = CostPane.State()
    public var report = ReportPane.State()

    public init(project: ProjectSnapshot, size: Size, message: StatusMessage? = nil) {
        self.project = project
        self.size = size
        self.message = message
    }

    /// The pane shown full screen, if any.
    public var fullScreenPane: PaneID? {
        focus == .report ? .report : (isZoomed ? focus : nil)
    }

    /// What a pane may read about the rest of the app while it updates or renders.
    public func context(for pane: PaneID) -> PaneContext {
        // A pane's in-place editor keeps it focused; any other overlay takes the keyboard from the panes.
        let covered = overlay != nil || paneOverlay.map { $0.pane != pane || $0.overlay.placement != .inPane } ?? false
        var context = PaneContext(project: project, isFocused: focus == pane && !covered, tasks: tasks)
        let frame = ScreenLayout(state: self).paneFrames[pane]
        context.height = frame.map { max(0, $0.height - 2) } ?? 0
        context.width = frame.map { max(0, $0.width - 4) } ?? 0
        context.isFullScreen = fullScreenPane == pane
        return context
    }
}
