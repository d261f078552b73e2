import Foundation
import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The Evals pane: every run's pass rate with its 95% interval, the ladder against the target, one run's cases,
/// and two runs compared case by case.
///
/// Zoomed, it has three screens: the runs (`l` opens a run's cases, `c` marks A and then B to compare them), one
/// run's cases, and the comparison (the paired table, the cases the runs share with the flips first, both outputs
/// side by side with a word diff). Case lists are read a window at a time around the selection. `o` overrides a
/// case's verdict with a note (B's in a comparison, `O` A's): the override is its own row in the project file,
/// the imported verdict stays, and `u` undoes override changes one by one from the store's log (so undo survives a
/// restart).
public enum EvalsPane: Pane {
    public typealias State = EvalsPaneState

    public enum Action: PaneAction, ListNavigationAction {
        case move(Int)
        case page(Int)
        case top
        case bottom
        /// The runs screen: list the selected run's cases.
        case open
        /// A case screen: back to the runs (on the runs screen: back to the home screen).
        case back
        /// The runs screen: mark the selected run A, or B when A is marked (which opens the comparison).
        case markForCompare
        /// A click on the runs screen's row of this run (by index).
        case selectRun(Int)
        /// Re-reads what the case screens show (another process may have changed the project).
        case reload
        case cycleFilter
        case detailScroll(Int)
        case openPrompt(EvalsPrompt.Kind)
        /// Typing in the open prompt.
        case promptInput(TextInputAction)
        case promptSubmit
        /// The text a prompt was closed with (Enter).
        case submitted(EvalsPrompt.Purpose, String)
        case undo
        case redo
        /// Runs a runner as a job (nil: the selected run's runner, the only runner, or ask which).
        case runRunner(String?)
        /// Ends the running runner's process group; nothing is imported.
        case cancelRunner
        /// Registers a directory to watch for results files (nil: say which are watched).
        case watchDirectory(String?)
        /// Writes preference pairs from two runs: the words after `:pairs` (`A B FILE [--format F]`, or `FILE` on
        /// a comparison).
        case writePairs([String])
        /// A pairs job ended: what it wrote.
        case pairsWritten(StatusMessage)
        // Results of the pane's store work.
        /// A runner's job ended.
        case runnerFinished(RunnerJobOutcome)
        /// A scan of the watched directories: their states afterwards, the runs imported, the files refused.
        case watchScanned([ResultsWatch], imported: [String], problems: [String])
        case pageLoaded(EvalCasePage, request: Int)
        case detailLoaded(State.CaseDetail)
        case compared(PairedComparison, request: Int)
        /// An override change (or its undo or redo) is stored, or was refused.
        case editFinished(EditResult)

        public var longName: String {
            switch self {
            case .move(let delta): delta < 0 ? "evals-up" : "evals-down"
            case .page(let delta): delta < 0 ? "evals-page-up" : "evals-page-down"
            case .top: "evals-top"
            case .bottom: "evals-bottom"
            case .open: "evals-open-run"
            case .back: "evals-back"
            case .markForCompare: "evals-mark-for-compare"
            case .selectRun: "evals-select-run"
            case .reload: "evals-reload"
            case .cycleFilter: "evals-cycle-filter"
            case .detailScroll(let lines):
                switch lines {
                case 1: "evals-detail-down"
                case -1: "evals-detail-up"
                case ..<0: "evals-detail-page-up"
                default: "evals-detail-page-down"
                }
            case .openPrompt(let kind): "evals-\(kind.rawValue)"
            case .promptInput(let input): input.longName(prefix: "evals-prompt")
            case .promptSubmit: "evals-prompt-submit"
            case .submitted(let purpose, _): "evals-\(purpose.kind.rawValue)-submitted"
            case .undo: "evals-undo"
            case .redo: "evals-redo"
            case .runRunner: "run"
            case .cancelRunner: "evals-cancel-run"
            case .watchDirectory: "watch"
            case .writePairs: "pairs"
            case .pairsWritten: "evals-pairs-written"
            case .runnerFinished: "evals-runner-finished"
            case .watchScanned: "evals-watch-scanned"
            case .pageLoaded: "evals-page-loaded"
            case .detailLoaded: "evals-detail-loaded"
            case .compared: "evals-compared"
            case .editFinished: "evals-edit-finished"
            }
        }

        /// Results of background work (they must not clear the status message).
        public var isResult: Bool {
            switch self {
            case .pageLoaded, .detailLoaded, .compared, .editFinished, .runnerFinished, .watchScanned, .pairsWritten: true
            default: false
            }
        }
    }

    public static let id = PaneID.evals
    static let group = "Evals pane"


    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let runs = context.project.evalRuns
        let height = EvalsCaseScreen.listHeight(context, compare: state.screen == .compare)
        state.selectedRun = min(state.selectedRun, max(0, runs.count - 1))
        switch action {
        case .move(let delta):
            guard state.screen != .runs else {
                state.selectedRun = min(max(0, state.selectedRun + delta), max(0, runs.count - 1))
                return []
            }
            return move(&state, by: delta, height: height)
        case .page(let delta):
            guard state.screen != .runs else { return update(&state, .move(delta * runs.count), context: context) }
            return move(&state, by: delta * max(1, height - 1), height: height)
        case .top:
            guard state.screen != .runs else { state.selectedRun = 0; return [] }
            state.leaveForEdge(toEnd: false, height: height)
            return [requestPage(&state, anchor: .first, height: height)]
        case .bottom:
            guard state.screen != .runs else { state.selectedRun = max(0, runs.count - 1); return [] }
            state.leaveForEdge(toEnd: true, height: height)
            return [requestPage(&state, anchor: .last, height: height)]
        case .open:
            guard state.screen == .runs, runs.indices.contains(state.selectedRun) else { return [] }
            return openCases(&state, runID: runs[state.selectedRun].id, otherRunID: nil, height: height)
        case .selectRun(let index):
            guard state.screen == .runs, runs.indices.contains(index) else { return [] }
            state.selectedRun = index
            return []
        case .reload:
            guard state.screen != .runs else { return [] }
            state.detail = nil
            var effects = [requestPage(&state, anchor: state.selected.map(EvalCaseAnchor.around) ?? .first, height: height)]
            if state.screen == .compare { effects += compare(&state) }
            return effects
        case .back:
            state.screen = .runs
            state.detail = nil
            state.selected = nil
            return []
        case .markForCompare:
            guard state.screen == .runs, runs.indices.contains(state.selectedRun) else { return [] }
            let run = runs[state.selectedRun]
            guard let marked = state.markedRun, runs.contains(where: { $0.id == marked }) else {
                state.markedRun = run.id
                return []
            }
            state.markedRun = nil
            guard marked != run.id else { return [] }
            return openCases(&state, runID: marked, otherRunID: run.id, height: height)
        case .cycleFilter:
            let filters = state.filters
            state.filter = filters[((filters.firstIndex(of: state.filter) ?? -1) + 1) % filters.count]
            return reloadList(&state, height: height)
        case .detailScroll(let lines):
            state.detailOffset = max(0, state.detailOffset + lines)
            return []
        case .openPrompt, .promptInput, .promptSubmit:
            return []  // the app handles the prompt overlay (EvalsFlow)
        case .runRunner, .cancelRunner, .watchDirectory, .runnerFinished, .watchScanned:
            return []  // the app handles runners and watches (EvalsRunnerFlow)
        case .writePairs, .pairsWritten:
            return []  // the app handles pairs (EvalsPairsFlow)
        case .submitted(let purpose, let text):
            return submitted(&state, purpose, text, height: height)
        case .undo:
            return [.edit(EditEffect(.undo(.evals), from: id))]
        case .redo:
            return [.edit(EditEffect(.redo(.evals), from: id))]
        case .pageLoaded(let page, let request):
            guard request == state.pageRequest else { return [] }
            state.adopt(page, height: height)
            state.loadedRequest = request
            return loadDetailIfNeeded(state)
        case .detailLoaded(let detail):
            guard detail.key == state.selectedRow?.key else { return [] }
            if state.detail?.key != detail.key { state.detailOffset = 0 }
            state.detail = detail
            return []
        case .compared(let comparison, let request):
            guard request == state.compareRequest else { return [] }
            state.comparison = comparison
            return []
        case .editFinished(let result):
            guard result.change != nil else { return [] }
            // The mark in the list, the detail, the run's figures and the comparison all change.
            state.detail = nil
            var effects = [Effect.task(.loadProject)]
            if let selected = state.selected {
                effects.append(requestPage(&state, anchor: .around(selected), height: height))
            }
            if state.screen == .compare { effects += compare(&state) }
            return effects
        }
    }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        switch (mode, state.screen) {
        case (.summary, _):
            EvalsView(project: context.project, comparison: comparisonSummary(state, runs: context.project.evalRuns))
                .render(in: area, into: &grid)
        case (.fullScreen, .runs): EvalsRunsScreen(state: state, context: context).render(in: area, into: &grid)
        case (.fullScreen, _): EvalsCaseScreen(state: state, context: context).render(in: area, into: &grid)
        }
    }

    /// A click on a run's row selects it (row 0 is the header); case lists move with the wheel and keys.
    public static func clickAction(row: Int, state: State) -> Action? {
        state.screen == .runs && row >= 1 ? .selectRun(row - 1) : nil
    }

    /// What the status bar says when an action is applied or a result comes back.
    static func statusMessage(for action: Action, state: State, runs: [StoredEvalRun]) -> StatusMessage? {
        switch action {
        case .editFinished(let result): return result.message(nothing: "the case already has that verdict")
        case .markForCompare:
            guard state.screen == .runs, runs.indices.contains(state.selectedRun) else { return nil }
            let run = runs[state.selectedRun]
            if state.markedRun == nil { return StatusMessage("A: \(run.name); now c on the run to compare it with (B)") }
            if state.markedRun == run.id { return StatusMessage("compare mark cleared") }
            return StatusMessage("comparing \(runs.first { $0.id == state.markedRun }?.name ?? "A") (A) with \(run.name) (B)")
        default: return nil
        }
    }

    /// `lora-r16 vs gpt-4.1: +11.0 pts [+6.0, +16.0], McNemar p < 0.0001: better` for the home quarter, once two
    /// runs were compared.
    static func comparisonSummary(_ state: State, runs: [StoredEvalRun]) -> String? {
        guard let result = state.comparison, let a = runs.first(where: { $0.id == state.runID }),
              let b = runs.first(where: { $0.id == state.otherRunID }) else { return nil }
        let p = result.mcnemarP < 0.0001 ? "p < 0.0001" : String(format: "p = %.4f", result.mcnemarP)
        return "\(b.name) vs \(a.name): " + String(format: "%+.1f pts [%+.1f, %+.1f]", result.scoreDiff * 100,
                                                     result.diffInterval.low * 100, result.diffInterval.high * 100)
            + ", McNemar \(p): \(result.verdict.rawValue)"
    }
}
