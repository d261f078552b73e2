import TerminalUI

/// The bottom row: key hints from the binding table on the left; the last message, running work and the
/// project name on the right.
struct StatusBarView: Widget {
    var state: AppState

    /// The actions the footer advertises, with a short word each; their keys come from the binding table.
    static let hints: [(Action, String)] = [
        (.focusNext, "focus"), (.toggleZoom, "zoom"), (.openReport, "report"), (.openCommandLine, "command"),
        (.showHelp, "help"), (.quit, "quit"),
    ]
    static let helpHints: [(Action, String)] = [(.helpScroll(1), "down"), (.helpScroll(-1), "up"), (.closeOverlay, "close")]
    static let confirmHints: [(Action, String)] = [(.quitNow, "quit"), (.closeOverlay, "keep working")]

    func render(in area: Rect, into grid: inout Grid) {
        StatusBar(left: hintLine(), right: rightLine()).render(in: area, into: &grid)
    }

    func hintLine() -> Line {
        let hints: [(Action, String)]
        switch state.overlay {
        case .help: hints = StatusBarView.helpHints
        case .confirmQuit: hints = StatusBarView.confirmHints
        default: hints = StatusBarView.hints
        }
        let scopes = Bindings.activeScopes(state)
        var spans = [Span(" ")]
        for (action, word) in hints {
            guard let row = Bindings.table.rows.first(where: { $0.action == action && scopes.contains($0.scope) }),
                  let key = row.keys.first else { continue }
            let label = action == .focusNext ? "Tab/1-4" : key.label
            spans += [Span(label, Style(.accent)), Span(" \(word)  ", Style(.muted))]
        }
        return Line(spans)
    }

    func rightLine() -> Line {
        var spans: [Span] = []
        if let message = state.message {
            let role: ColorRole = switch message.kind {
            case .info: .text
            case .warning: .warning
            case .error: .error
            }
            spans.append(Span(message.text + "  ", Style(role)))
        }
        for task in state.tasks {
            let percent = task.fraction.map { " \(Int(($0 * 100).rounded()))%" } ?? ""
            spans.append(Span("⟳ \(task.title)\(percent)  ", Style(.accent)))
        }
        spans.append(Span(state.project.name + " ", Style(.muted)))
        return Line(spans)
    }
}
