import TerminalUI

/// Everything that can happen to the app: what users ask for (bound to keys and runnable from `:` by long
/// name) and what the runtime reports back (sizes, mouse, results of background work).
public enum Action: NamedAction, Equatable {
    // Panes and views
    case focusNext, focusPrevious
    case focus(PaneID)
    case toggleZoom
    case openReport
    case back
    // App
    case showHelp
    case openCommandLine
    case reloadProject
    case quit
    case quitNow
    case closeOverlay
    // Help overlay
    case helpScroll(Int)
    // Command line
    /// Typing in the `:` line (the command names complete).
    case commandInput(TextInputAction)
    case commandRun
    /// Recalls an earlier (-1) or later (+1) command from this session.
    case commandHistory(Int)
    // Reported by the terminal and the runtime (no keys, not runnable from `:`)
    /// The runtime is about to draw the first frame: panes start reading what they show.
    case started
    case resized(Size)
    case mouse(MouseEvent)
    case projectLoaded(ProjectSnapshot)
    case taskStarted(TaskID, title: String, kind: TaskKind = .job)
    case taskProgress(TaskID, fraction: Double)
    case taskNote(TaskID, String)
    case taskFinished(TaskID)
    case taskFailed(TaskID, message: String)
    case showMessage(StatusMessage)
    /// A change a pane asked for is stored (or refused); the pane hears it.
    case editFinished(PaneID, EditResult)
    // Panes' own actions
    case decision(DecisionPane.Action)
    case dataset(DatasetPane.Action)
    case evals(EvalsPane.Action)
    case cost(CostPane.Action)
    case report(ReportPane.Action)

    public var longName: String {
        switch self {
        case .focusNext: "focus-next"
        case .focusPrevious: "focus-previous"
        case .focus(let pane): "focus-\(pane.rawValue)"
        case .toggleZoom: "toggle-zoom"
        case .openReport: "open-report"
        case .back: "back"
        case .showHelp: "help"
        case .openCommandLine: "command-line"
        case .reloadProject: "reload-project"
        case .quit: "quit"
        case .quitNow: "quit-now"
        case .closeOverlay: "close-overlay"
        case .helpScroll(let lines):
            switch lines {
            case 1: "help-scroll-down"
            case -1: "help-scroll-up"
            case ..<0: "help-page-up"
            default: "help-page-down"
            }
        case .commandInput(let input): input.longName(prefix: "command")
        case .commandRun: "command-run"
        case .commandHistory(let step): step < 0 ? "command-history-previous" : "command-history-next"
        case .started: "started"
        case .resized: "resized"
        case .mouse: "mouse"
        case .projectLoaded: "project-loaded"
        case .taskStarted: "task-started"
        case .taskProgress: "task-progress"
        case .taskNote: "task-note"
        case .taskFinished: "task-finished"
        case .taskFailed: "task-failed"
        case .showMessage: "show-message"
        case .editFinished: "edit-finished"
        case .decision(let action): action.longName
        case .dataset(let action): action.longName
        case .evals(let action): action.longName
        case .cost(let action): action.longName
        case .report(let action): action.longName
        }
    }

    /// True for what a user asked for (keys, `:`, clicks), false for what the terminal and the runtime report.
    public var isUserAction: Bool {
        switch self {
        case .started, .resized, .projectLoaded, .taskStarted, .taskProgress, .taskNote, .taskFinished, .taskFailed, .showMessage,
             .editFinished:
            false
        // Each pane says which of its actions are results of background work.
        case .decision(let action): !action.isResult
        case .dataset(let action): !action.isResult
        case .evals(let action): !action.isResult
        case .cost(let action): !action.isResult
        case .report(let action): !action.isResult
        default:
            true
        }
    }
}
