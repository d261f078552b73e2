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
        /// An edit was stored; `previous` restores it. `isUndo` routes it to the redo stack.
        case answersStored(previous: [String: String?], kind: EditKind)

        public enum EditKind: Equatable, Sendable { case edit, undo, redo }

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
        let answers = context.project.decisionAnswers
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
            if command == .down || command == .up || command == .top || command == .bottom { state.detailOffset = 0 }
            return []
        case .cycleAnswer(let delta):
            let node = tree.nodes[state.selected]
            let values = node.options.map(\.value)
            guard !values.isEmpty else { return update(&state, .nudgeTarget(Double(delta) / 100), context: context) }
            let current = answers[node.id] ?? context.project.decision?.path.first { $0.node == node.id }?.answer
            let index = current.flatMap { values.firstIndex(of: $0) }
            let next = index.map { ($0 + delta + values.count) % values.count } ?? (delta > 0 ? 0 : values.count - 1)
            return store([node.id: values[next]], kind: .edit)
        case .nudgeTarget(let delta):
            let current = answers["target"].flatMap(DecisionEngine.parseRate) ?? 0.9
            let next = min(1, max(0, ((current + delta) * 100).rounded() / 100))
            return store(["target": String(format: "%.2f", next)], kind: .edit)
        case .clearAnswer:
            let node = tree.nodes[state.selected]
            guard answers[node.id] != nil else { return [] }
            return store([node.id: nil], kind: .edit)
        case .undo:
            guard let edit = state.undoStack.popLast() else { return [] }
            return store(edit, kind: .undo)
        case .redo:
            guard let edit = state.redoStack.popLast() else { return [] }
            return store(edit, kind: .redo)
        case let .answersStored(previous, kind):
            switch kind {
            case .edit:
                state.undoStack.append(previous)
                state.redoStack.removeAll()
            case .undo: state.redoStack.append(previous)
            case .redo: state.undoStack.append(previous)
            }
            return [.task(.loadProject)]
        }
    }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .scroll(command) }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        switch mode {
        case .summary: DecisionSummaryView(project: context.project).render(in: area, into: &grid)
        case .fullScreen: DecisionFullView(state: state, project: context.project).render(in: area, into: &grid)
        }
    }

    /// Stores answers off the main loop; the previous values come back so the change can be undone.
    private static func store(_ answers: [String: String?], kind: Action.EditKind) -> [Effect] {
        let title = kind == .edit ? "saving answer" : (kind == .undo ? "undoing answer" : "redoing answer")
        return [.task(AppTask(title: title) { environment, _ in
            let outcome = try environment.store.evaluateDecision(
                answers: answers.compactMapValues { $0 })
            let previous = try environment.store.setDecisionAnswers(answers, outcome: outcome)
            try environment.store.recordDecision(try environment.store.evaluateDecision())
            return .decision(.answersStored(previous: previous, kind: kind))
        })]
    }
}
