import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// A line of text the Evals pane asks for (a search, an override's note), typed at the bottom of the screen.
/// It is an overlay: while it is open, printable keys are typed into it.
public struct EvalsPrompt: Equatable, Sendable {
    /// What a key opens.
    public enum Kind: String, Equatable, Sendable {
        case search
        /// The listed run's verdict (B's when comparing).
        case override
        /// A's verdict when comparing.
        case overrideA = "override-a"
    }

    public enum Side: Equatable, Sendable { case a, b }

    /// What the line is for, with everything its submission needs.
    public enum Purpose: Equatable, Sendable {
        case search
        /// Sets the case's verdict in `runID` to `pass`.
        case override(Side, runID: Int64, key: String, pass: Bool)

        var kind: Kind {
            switch self {
            case .search: .search
            case .override(let side, _, _, _): side == .a ? .overrideA : .override
            }
        }

        /// What the line starts with.
        var label: String {
            switch self {
            case .search: "/"
            case .override(_, _, let key, let pass): "\(Fit.text(key, width: 24)) → \(pass ? "PASS" : "FAIL") by hand, note: "
            }
        }
    }

    public var purpose: Purpose
    public var line: CommandLineState

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.line = CommandLineState(text: text)
    }
}

/// The Evals pane's actions that need the whole app state: the prompt overlay, going back past the runs screen,
/// and the status messages.
enum EvalsFlow {
    static func update(_ state: inout AppState, _ action: EvalsPane.Action) -> [Effect] {
        if let message = EvalsPane.statusMessage(for: action, state: state.evals, runs: state.project.evalRuns) {
            state.message = message
        }
        if let effects = EvalsRunnerFlow.update(&state, action) { return effects }
        switch action {
        case .back where state.evals.screen == .runs || state.fullScreenPane != .evals:
            return TuneBenchApp.update(&state, .back)
        case .openPrompt(let kind):
            guard let purpose = purpose(kind, state.evals) else { return [] }
            state.overlay = .evalsPrompt(EvalsPrompt(purpose: purpose, text: purpose == .search ? state.evals.search ?? "" : ""))
            return []
        case .promptInsert(let character):
            edit(&state) { $0.line.insert(character) }
            return []
        case .promptDeleteBackward:
            guard case .evalsPrompt(var prompt) = state.overlay else { return [] }
            if prompt.line.deleteBackward() {
                state.overlay = .evalsPrompt(prompt)
            } else {
                state.overlay = nil
            }
            return []
        case .promptCursor(let delta):
            edit(&state) { $0.line.moveCursor(by: delta) }
            return []
        case .promptSubmit:
            guard case .evalsPrompt(let prompt) = state.overlay else { return [] }
            state.overlay = nil
            return EvalsPane.update(&state.evals, .submitted(prompt.purpose, prompt.line.text), context: state.context(for: .evals))
        default:
            return EvalsPane.update(&state.evals, action, context: state.context(for: .evals))
        }
    }

    /// The prompt a key opens: an override flips the case's verdict as it stands now (override applied).
    static func purpose(_ kind: EvalsPrompt.Kind, _ state: EvalsPaneState) -> EvalsPrompt.Purpose? {
        switch kind {
        case .search: return .search
        case .override, .overrideA:
            let side: EvalsPrompt.Side = kind == .override && state.screen == .compare ? .b : .a
            guard let detail = state.detail,
                  let runID = side == .b ? state.otherRunID : state.runID,
                  let stored = side == .b ? detail.b : detail.a else { return nil }
            return .override(side, runID: runID, key: detail.key, pass: !stored.pass)
        }
    }

    private static func edit(_ state: inout AppState, _ change: (inout EvalsPrompt) -> Void) {
        guard case .evalsPrompt(var prompt) = state.overlay else { return }
        change(&prompt)
        state.overlay = .evalsPrompt(prompt)
    }
}

/// The prompt line at the bottom of the screen.
struct EvalsPromptView {
    let prompt: EvalsPrompt

    func render(in row: Rect, into grid: inout Grid) {
        grid.fill(row)
        let labelWidth = grid.write(prompt.purpose.label, x: row.x, y: row.y, style: Style(.accent, attributes: .bold))
        let used = grid.write(prompt.line.text, x: row.x + labelWidth, y: row.y, maxWidth: row.width - labelWidth - 1)
        let cursorX = row.x + labelWidth + min(DisplayWidth.of(prompt.line.text.prefix(prompt.line.cursor)), used)
        if cursorX < row.maxX {
            grid.restyle(Rect(x: cursorX, y: row.y, width: 1, height: 1)) { $0.attributes.insert(.reverse) }
        }
    }
}
