import TerminalUI

/// The Cost pane. Estimates the total cost of each path.
public enum CostPane: Pane {
    public typealias State = TextScroll

    public enum Action: NamedAction, Equatable {
        case scroll(ScrollCommand)

        public var longName: String {
            switch self {
            case .scroll(let command): "cost-\(command.rawValue)"
            }
        }
    }

    public static let id = PaneID.cost

    public static var bindings: [AppBinding] { ScrollCommand.bindings(for: id) { .cost(.scroll($0)) } }

    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        switch action {
        case .scroll(let command): state.apply(command)
        }
        return []
    }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .scroll(command) }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        CostView(project: context.project, mode: mode, scroll: state).render(in: area, into: &grid)
    }
}
