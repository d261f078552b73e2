import TerminalUI

/// The Evals pane: every run's pass rate with its 95% interval against the target, and the ladder of runs.
public enum EvalsPane: Pane {
    public typealias State = TextScroll

    public enum Action: NamedAction, Equatable {
        case scroll(ScrollCommand)

        public var longName: String {
            switch self {
            case .scroll(let command): "evals-\(command.rawValue)"
            }
        }
    }

    public static let id = PaneID.evals

    public static var bindings: [AppBinding] { ScrollCommand.bindings(for: id) { .evals(.scroll($0)) } }

    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        switch action {
        case .scroll(let command): state.apply(command)
        }
        return []
    }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .scroll(command) }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        EvalsView(project: context.project, mode: mode, scroll: state).render(in: area, into: &grid)
    }
}
