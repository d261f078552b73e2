import TerminalUI
import TuneBenchCore

/// The Decision pane: the framework's tree with the path the project's evidence takes, the selected question
/// with its help and answers, the gap attribution, and the recommendation with its reasons.
///
/// Answers change in place (`h`/`l` cycle a question's answers or nudge a number, `+`/`-` nudge the target, `x`
/// hands a question back to the evidence); every change is stored, re-evaluated at once, and undoable.
public enum DecisionPane: Pane {
    public typealias State = DecisionPaneState

    public enum Action: NamedAction, Equatable {
        case scroll(ScrollCommand)
        case cycleAnswer(Int)
        case nudgeTarget(Double)
        case clearAnswer
        case undo
        case redo
        /// The write with this sequence number is in the project file.
        case answersStored(sequence: Int)

        public var longName: String {
            switch self {
            case .scroll(let command): "decision-\(command.rawValue)"
            case .cycleAnswer(let delta): delta < 0 ? "decision-previous-answer" : "decision-next-answer"
            case .nudgeTarget(let delta): delta < 0 ? "decision-lower-target" : "decision-raise-target"
            case .clearAnswer: "decision-clear-answer"
            case .undo: "decision-undo"
            case .redo: "decision-redo"
            case .answersStored: "decision-answers-stored"
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
                       help: "undo the last answer change",
                       disabledReason: { $0.decision.undoStack.isEmpty ? "nothing to undo" : nil }),
            AppBinding([.control("r")], .decision(.redo), scope: id.scope, group: "Decision pane",
                       help: "redo the answer change undone last",
                       disabledReason: { $0.decision.redoStack.isEmpty ? "nothing to redo" : nil }),
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
            return edit(&state, [node.id: values[next]], stored: stored, undoable: true)
        case .nudgeTarget(let delta):
            let current = state.answer("target", stored: stored).flatMap(DecisionEngine.parseRate) ?? 0.9
            let next = min(1, max(0, ((current + delta) * 100).rounded() / 100))
            return edit(&state, ["target": String(format: "%.2f", next)], stored: stored, undoable: true)
        case .clearAnswer:
            let node = tree.nodes[state.selected]
            guard state.answer(node.id, stored: stored) != nil else { return [] }
            return edit(&state, [node.id: nil], stored: stored, undoable: true)
        case .undo:
            guard let answers = state.undoStack.popLast() else { return [] }
            state.redoStack.append(currentValues(of: answers, state: state, stored: stored))
            return edit(&state, answers, stored: stored, undoable: false)
        case .redo:
            guard let answers = state.redoStack.popLast() else { return [] }
            state.undoStack.append(currentValues(of: answers, state: state, stored: stored))
            return edit(&state, answers, stored: stored, undoable: false)
        case .answersStored(let sequence):
            state.storedSequence = max(state.storedSequence, sequence)
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

    /// Records an edit as pending (so the next key builds on it), makes it undoable, and stores it off the main
    /// loop; writes land in key order whatever order their tasks run in.
    private static func edit(_ state: inout State, _ answers: [String: String?], stored: [String: String],
                             undoable: Bool) -> [Effect] {
        if undoable {
            state.undoStack.append(currentValues(of: answers, state: state, stored: stored))
            state.redoStack.removeAll()
        }
        let sequence = state.nextSequence
        state.nextSequence += 1
        for (node, value) in answers { state.pending[node] = .init(value: value, sequence: sequence) }
        return [.task(AppTask(title: "saving answers", kind: .ordered) { environment, _ in
            try environment.store.answerDecision(answers)
            return .decision(.answersStored(sequence: sequence))
        })]
    }

    /// What the nodes of `answers` hold now, to restore them.
    private static func currentValues(of answers: [String: String?], state: State, stored: [String: String]) -> [String: String?] {
        Dictionary(uniqueKeysWithValues: answers.keys.map { ($0, state.answer($0, stored: stored)) })
    }
}
