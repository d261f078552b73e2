import TerminalUI

/// A yes/no question the Dataset pane asks on the bottom row ("Accept 312 valid examples?", "Reopen the
/// editor?"), with the action each answer runs. It is an overlay: only `y`, `n` and Esc work while it is open.
public struct DatasetQuestion: Equatable, Sendable {
    public var text: String
    public var yes: DatasetPane.Action
    public var no: DatasetPane.Action?

    public init(text: String, yes: DatasetPane.Action, no: DatasetPane.Action? = nil) {
        self.text = text
        self.yes = yes
        self.no = no
    }

    /// The overlay's keys.
    static var bindings: [AppBinding] {
        let scope = DatasetOverlay.questionScope
        return [
            AppBinding([.character("y")], .dataset(.answer(true)), scope: scope, group: "Question", help: "yes"),
            AppBinding([.character("n"), .escape], .dataset(.answer(false)), scope: scope, group: "Question", help: "no"),
        ]
    }

    /// Closes the question and runs the action of the answer.
    static func answer(_ state: inout AppState, _ yes: Bool) -> [Effect] {
        guard case .question(let question) = state.dataset.overlay else { return [] }
        state.dataset.overlay = nil
        guard let action = yes ? question.yes : question.no else { return [] }
        return update(&state, .dataset(action))
    }
}

/// The question on the bottom row, with its keys.
struct DatasetQuestionView {
    let question: DatasetQuestion

    func render(in row: Rect, into grid: inout Grid) {
        grid.fill(row)
        let keys = Line([Span(" y", Style(.accent)), Span(" yes  ", Style(.muted)), Span("n", Style(.accent)),
                         Span(" no ", Style(.muted))])
        let used = grid.write(question.text, x: row.x + 1, y: row.y, style: Style(.warning, attributes: .bold),
                              maxWidth: max(0, row.width - keys.width - 1))
        grid.write(keys, x: row.x + 1 + used, y: row.y, maxWidth: max(0, row.width - used - 1))
    }
}
