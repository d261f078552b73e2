import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// A line of text the Evals pane asks for (a search, an override's note), typed at the bottom of the screen.
/// It is the pane's overlay (`EvalsPaneState.prompt`): while it is open, printable keys are typed into it.
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

    /// The scope of the prompt's keys while it is open.
    static let scope = BindingScope.overlay("evals-prompt")

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.line = CommandLineState(text: text)
    }
}

/// The Evals pane's actions that need the whole app state: a submitted prompt, going back past the runs screen,
/// and the status messages.
enum EvalsFlow {
    static func update(_ state: inout AppState, _ action: EvalsPane.Action) -> [Effect] {
        if let message = EvalsPane.statusMessage(for: action, state: state.evals, runs: state.project.evalRuns) {
            state.message = message
        }
        if let effects = EvalsRunnerFlow.update(&state, action) { return effects }
        if let effects = EvalsPairsFlow.update(&state, action) { return effects }
        switch action {
        case .back where state.evals.screen == .runs || state.fullScreenPane != .evals:
            return TuneBenchApp.update(&state, .back)
        case .openPrompt(let kind):
            guard let purpose = purpose(kind, state.evals) else { return [] }
            state.evals.prompt = (EvalsPrompt(purpose: purpose, text: purpose == .search ? state.evals.search ?? "" : ""))
            return []
        case .promptInput(let input):
            guard var prompt = state.evals.prompt else { return [] }
            state.evals.prompt = prompt.line.apply(input) ? prompt : nil
            return []
        case .promptSubmit:
            guard let prompt = state.evals.prompt else { return [] }
            state.evals.prompt = nil
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
}

extension EvalsPane {
    public static func overlay(_ state: State) -> PaneOverlay? {
        guard state.prompt != nil else { return nil }
        return PaneOverlay(scope: EvalsPrompt.scope, placement: .statusLine, typing: { .evals(.promptInput(.insert($0))) })
    }

    public static func renderOverlay(_ state: State, context: PaneContext, in area: Rect, into grid: inout Grid) {
        guard let prompt = state.prompt else { return }
        PromptLine(label: prompt.purpose.label, state: prompt.line).render(in: area, into: &grid)
    }

    public static func closeOverlay(_ state: inout State) { state.prompt = nil }
}
