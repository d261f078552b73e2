import TerminalUI

/// The Report pane. The decision report, full screen.
public enum ReportPane: Pane {
    public typealias State = TextScroll

    public enum Action: NamedAction, Equatable {
        case scroll(ScrollCommand)

        public var longName: String {
            switch self {
            case .scroll(let command): "report-\(command.rawValue)"
            }
        }
    }

    public static let id = PaneID.report

    public static var bindings: [AppBinding] { ScrollCommand.bindings(for: id) { .report(.scroll($0)) } }

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
            ("Project", metadata.name),
            ("Problem", metadata.problem),
            ("Target", metadata.targetMetric),
        ], plan: plan, scroll: state).render(in: area, into: &grid)
    }

    /// What the pane will hold once its issue lands.
    static let plan = "Coming: the decision report (recommendation, evidence, costs and risks) as it will be exported to Markdown, HTML or JSON."
}
