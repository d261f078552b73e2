import TerminalUI

/// The modal layers the Dataset pane opens, kept in its state.
public enum DatasetOverlay: Equatable, Sendable {
    /// A line the pane asks for (search, tag, note, filter).
    case prompt(DatasetPrompt)
    /// A yes/no question (reopen the editor? accept 312 examples?).
    case question(DatasetQuestion)
    /// The bulk menu (`B`).
    case bulkMenu
    /// An import's problems, one `file:line: reason` a line.
    case problems(DatasetProblemsReport)

    static let promptScope = BindingScope.overlay("prompt")
    static let questionScope = BindingScope.overlay("question")
    static let bulkScope = BindingScope.overlay("bulk")
    static let problemsScope = BindingScope.overlay("problems")

    /// The overlay's keys, all scopes: part of ``DatasetPane/bindings``.
    static var bindings: [AppBinding] {
        [
            AppBinding([.enter], .dataset(.promptSubmit), scope: promptScope, group: "Prompt", help: "search, tag, note or filter"),
            AppBinding([.escape], .closeOverlay, scope: promptScope, group: "Prompt", help: "cancel"),
        ] + TextInputBindings.rows(scope: promptScope, group: "Prompt", completes: true) { .dataset(.promptInput($0)) }
            + DatasetQuestion.bindings + DatasetBulkFlow.menuBindings + DatasetFileCommands.problemsBindings
    }

    /// What the app needs to know of the overlay.
    var description: PaneOverlay {
        switch self {
        case .prompt:
            PaneOverlay(scope: Self.promptScope, placement: .statusLine, typing: { .dataset(.promptInput(.insert($0))) })
        case .question: PaneOverlay(scope: Self.questionScope, placement: .statusLine)
        case .bulkMenu: PaneOverlay(scope: Self.bulkScope, placement: .statusLine)
        case .problems:
            PaneOverlay(scope: Self.problemsScope, placement: .body,
                        hints: [(.dataset(.problemsScroll(1)), "down"), (.dataset(.problemsScroll(-1)), "up"), (.closeOverlay, "close")])
        }
    }

    /// Draws the overlay in the area its placement gives.
    func render(in area: Rect, into grid: inout Grid) {
        switch self {
        case .prompt(let prompt): PromptLine(label: prompt.purpose.label, state: prompt.line).render(in: area, into: &grid)
        case .question(let question): DatasetQuestionView(question: question).render(in: area, into: &grid)
        case .bulkMenu: DatasetBulkMenuView().render(in: area, into: &grid)
        case .problems(let report): DatasetProblemsView(report: report).render(in: area, into: &grid)
        }
    }
}

extension DatasetPane {
    public static func overlay(_ state: State) -> PaneOverlay? { state.overlay?.description }

    public static func renderOverlay(_ state: State, context: PaneContext, in area: Rect, into grid: inout Grid) {
        state.overlay?.render(in: area, into: &grid)
    }

    public static func closeOverlay(_ state: inout State) { state.overlay = nil }
}
