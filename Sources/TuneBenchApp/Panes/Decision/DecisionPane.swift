import TerminalUI

/// The Decision pane. Answers the framework's questions from the project's evidence.
public enum DecisionPane: Pane {
    public typealias State = TextScroll

    public enum Action: NamedAction, Equatable {
        case scroll(ScrollCommand)

        public var longName: String {
            switch self {
            case .scroll(let command): "decision-\(command.rawValue)"
            }
        }
    }

    public static let id = PaneID.decision

    public static var bindings: [AppBinding] { ScrollCommand.bindings(for: id) { .decision(.scroll($0)) } }

    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        switch action {
        case .scroll(let command): state.apply(command)
        }
        return []
    }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .scroll(command) }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        let metadata = context.project.metadata
        PlaceholderPaneView(facts: [
            ("Problem", metadata.problem),
            ("Target", metadata.targetMetric),
        ], plan: plan, scroll: state).render(in: area, into: &grid)
    }

    /// What the pane will hold once its issue lands.
    static let plan = "Coming: the ladder of runs (prompt, RAG, model, fine-tune), the share of the gap each rung closed, and the recommendation with its reasons."
}
