import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The Decision pane: the framework's tree with the path the project's evidence takes, the selected question
/// with its help and answers, the gap attribution, and the recommendation with its reasons.
///
/// Answers change in place (`h`/`l` cycle a question's answers or nudge a number, `+`/`-` nudge the target, `x`
/// hands a question back to the evidence); every change is stored, re-evaluated at once, and undoable (`u`, `Ctrl-R`:
/// the edit log's, so also after a restart).
public enum DecisionPane: Pane {
    public typealias State = DecisionPaneState

    public enum Action: PaneAction {
        case scroll(ScrollCommand)
        case cycleAnswer(Int)
        case nudgeTarget(Double)
        case clearAnswer
        case undo
        case redo
        /// An answers change (or its undo or redo) is in the project file, or was refused.
        case editFinished(EditResult)
        /// `:tune plan TOOL DIR`: write a training bundle and record the plan (nil: the words were missing).
        case planTune(TunePlanJob?)
        /// The bundle is written; the message names its folder and cost.
        case tunePlanned(StatusMessage)

        public var isResult: Bool {
            switch self {
            case .editFinished, .tunePlanned: true
            default: false
            }
        }

        public var longName: String {
            switch self {
            case .scroll(let command): "decision-\(command.rawValue)"
            case .cycleAnswer(let delta): delta < 0 ? "decision-previous-answer" : "decision-next-answer"
            case .nudgeTarget(let delta): delta < 0 ? "decision-lower-target" : "decision-raise-target"
            case .clearAnswer: "decision-clear-answer"
            case .undo: "decision-undo"
            case .redo: "decision-redo"
            case .editFinished: "decision-edit-finished"
            case .planTune: "tune"
            case .tunePlanned: "decision-tune-planned"
            }
        }
    }

    public static let id = PaneID.decision
    static let tree = DecisionTree.standard

    public static var bindings: [AppBinding] {
        ScrollCommand.bindings(for: id) { .decision(.scroll($0)) } + [
            AppBinding([.character("l"), .right], .decision(.cycleAnswer(1)), scope: id.scope, group: "Decision pane",
                       help: "next answer to the selected question"),
            AppBinding([.character("h"), .left], .decision(.cycleAnswer(-1)), scope: id.scope, group: "Decision pane",
                       help: "previous answer to the selected question"),
            AppBinding([.character("+")], .decision(.nudgeTarget(0.01)), scope: id.scope, group: "Decision pane",
                       help: "raise the target pass rate by 1 point"),
            AppBinding([.character("-")], .decision(.nudgeTarget(-0.01)), scope: id.scope, group: "Decision pane",
                       help: "lower the target pass rate by 1 point"),
            AppBinding([.character("x")], .decision(.clearAnswer), scope: id.scope, group: "Decision pane",
                       help: "clear the answer: let the evidence answer again"),
            AppBinding([.character("u")], .decision(.undo), scope: id.scope, group: "Decision pane",
                       help: "undo the last answer change (survives restarts)"),
            AppBinding([.control("r")], .decision(.redo), scope: id.scope, group: "Decision pane",
                       help: "redo the answer change undone last"),
            AppBinding([], .decision(.planTune(nil)), scope: id.scope, group: "Decision pane",
                       help: "tune plan openai|axolotl|trl DIR [--split F] [--epochs N] …: write the training bundle from the accepted examples, with its cost (as tunebench tune plan; u undoes the record)"),
        ]
    }

    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let stored = context.project.decisionAnswers
        state.prune(stored: stored)
        switch action {
        case .scroll(let command):
            switch command {
            case .down: state.selected = min(tree.nodes.count - 1, state.selected + 1)
            case .up: state.selected = max(0, state.selected - 1)
            case .top: state.selected = 0
            case .bottom: state.selected = tree.nodes.count - 1
            case .pageDown: state.detailOffset += 5
            case .pageUp: state.detailOffset = max(0, state.detailOffset - 5)
            }
            if command != .pageDown && command != .pageUp { state.detailOffset = 0 }
            return []
        case .cycleAnswer(let delta):
            let node = tree.nodes[state.selected]
            let values = node.options.map(\.value)
            guard !values.isEmpty else { return update(&state, .nudgeTarget(Double(delta) / 100), context: context) }
            let current = state.answer(node.id, stored: stored)
                ?? context.project.decision?.path.first { $0.node == node.id }?.answer
            let index = current.flatMap { values.firstIndex(of: $0) }
            let next = index.map { ($0 + delta + values.count) % values.count } ?? (delta > 0 ? 0 : values.count - 1)
            return edit(&state, [node.id: values[next]])
        case .nudgeTarget(let delta):
            let current = state.answer("target", stored: stored).flatMap(DecisionEngine.parseRate) ?? 0.9
            let next = min(1, max(0, ((current + delta) * 100).rounded() / 100))
            return edit(&state, ["target": String(format: "%.2f", next)])
        case .clearAnswer:
            let node = tree.nodes[state.selected]
            guard state.answer(node.id, stored: stored) != nil else { return [] }
            return edit(&state, [node.id: nil])
        case .undo, .redo:
            // Tagged with the last answer asked for: every answer before it is stored when the result returns.
            let request: EditRequest = action == .undo ? .undo(.decision) : .redo(.decision)
            return [.edit(EditEffect(request, from: id, tag: state.nextSequence - 1))]
        case .editFinished(let result):
            state.storedSequence = max(state.storedSequence, result.tag)
            if case .undo = result.request { state.pending = state.pending.filter { $0.value.sequence > result.tag } }
            if case .redo = result.request { state.pending = state.pending.filter { $0.value.sequence > result.tag } }
            return [.task(.loadProject)]
        case .planTune(let job):
            return job.map { [DecisionTunePlan.effect($0)] } ?? []
        case .tunePlanned:
            return [.task(.loadProject)]
        }
    }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .scroll(command) }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        // Show edits at once, before the store round trip brings them back in the snapshot.
        var project = context.project
        project.decisionAnswers = state.answers(stored: project.decisionAnswers)
        switch mode {
        case .summary: DecisionSummaryView(project: project).render(in: area, into: &grid)
        case .fullScreen: DecisionFullView(state: state, project: project).render(in: area, into: &grid)
        }
    }

    /// Records an edit as pending (so the next key builds on it) and asks the store for it; writes land in key
    /// order whatever order their results come back in.
    private static func edit(_ state: inout State, _ answers: [String: String?]) -> [Effect] {
        let sequence = state.nextSequence
        state.nextSequence += 1
        for (node, value) in answers { state.pending[node] = .init(value: value, sequence: sequence) }
        return [.edit(EditEffect(.decisionAnswers(answers), from: id, tag: sequence))]
    }

    /// What the status bar says when a change comes back: undo and redo say what they did, refusals why.
    static func statusMessage(for action: Action) -> StatusMessage? {
        if case .planTune(nil) = action { return StatusMessage(TunePlanJob.usage, kind: .warning) }
        if case .tunePlanned(let message) = action { return message }
        guard case .editFinished(let result) = action else { return nil }
        switch (result.request, result.outcome) {
        case (.undo, _), (.redo, _), (_, .failure): return result.message(nothing: "")
        default: return nil
        }
    }
}
