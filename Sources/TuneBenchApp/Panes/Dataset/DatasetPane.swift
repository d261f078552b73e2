import TerminalUI

/// The Dataset pane. Browses and reviews the fine-tuning examples.
public enum DatasetPane: Pane {
    public typealias State = TextScroll

    public enum Action: NamedAction, Equatable {
        case scroll(ScrollCommand)

        public var longName: String {
            switch self {
            case .scroll(let command): "dataset-\(command.rawValue)"
            }
        }
    }

    public static let id = PaneID.dataset

    public static var bindings: [AppBinding] { ScrollCommand.bindings(for: id) { .dataset(.scroll($0)) } }

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
            ("File", context.project.path),
        ], plan: plan, scroll: state).render(in: area, into: &grid)
    }

    /// What the pane will hold once its issue lands.
    static let plan = "Coming: the examples with review status, accepted against the number a tune needs, errors, warnings, duplicates and tokens per example."
}
