import TerminalUI

/// The bottom row: key hints from the binding table on the left; the last message, running work, the
/// project's record counts and its name on the right.
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
        // The right side gets what all the hints leave; a message or running work may take up to half the
        // row from the hints (the project name is in the header anyway). The hints keep whole entries.
        let urgent = state.message != nil || !state.tasks.isEmpty
        let room = max(urgent ? area.width / 2 : 0, area.width - hintLine(width: Int.max / 2).width - 1)
        let right = rightLine(width: room)
        StatusBar(left: hintLine(width: area.width - right.width - 1), right: right).render(in: area, into: &grid)
    }

    /// The key hints of the current mode, as many whole ones as fit in `width`.
    func hintLine(width: Int) -> Line {
        let hints: [(Action, String)]
        switch state.overlay {
        case .help: hints = StatusBarView.helpHints
        case .confirmQuit: hints = StatusBarView.confirmHints
        default:
            if let (_, overlay) = state.paneOverlay {
                hints = overlay.hints
                break
            }
            switch state.fullScreenPane {
            case .dataset: hints = DatasetPane.hints + StatusBarView.hints.suffix(2)
            case .cost: hints = CostPane.hints + StatusBarView.hints.suffix(2)
            case .evals: hints = EvalsPane.hints(state.evals.screen) + StatusBarView.hints.suffix(2)
            default: hints = StatusBarView.hints
            }
        }
        let scopes = Bindings.activeScopes(state)
        let rows = Bindings.table.rows
        var spans = [Span(" ")]
        var used = 1
        for (action, word) in hints {
            // By index, scope first: this runs every frame, and copying each row to test it cost more than drawing.
            guard let index = rows.indices.first(where: { scopes.contains(rows[$0].scope) && rows[$0].action == action }),
                  let key = rows[index].keys.first else { continue }
            let label = action == .focusNext ? "Tab/1-4" : key.label
            let entry = [Span(label, Style(.accent)), Span(" \(word)  ", Style(.muted))]
            let entryWidth = Line(entry).width
            if used + entryWidth > width + 2 { break }
            spans += entry
            used += entryWidth
        }
        return Line(spans)
    }

    /// The message, running work and project name, dropping the project name and then shortening the
    /// message when they do not fit in `width`.
    func rightLine(width: Int) -> Line {
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
            let percent = (task.fraction.map { " \(Int(($0 * 100).rounded()))%" } ?? "") + (task.note.map { " " + $0 } ?? "")
            if task.kind == .job, let fraction = task.fraction {
                // Work the user started gets a bar: it may take minutes.
                let (filled, empty) = ProgressBar.text(fraction: fraction, width: 10)
                spans += [Span("⟳ \(task.title) ", Style(.accent)), Span(filled, Style(.accent)), Span(empty, Style(.muted)),
                          Span("\(percent)  ", Style(.accent))]
            } else {
                spans.append(Span("⟳ \(task.title)\(percent)  ", Style(.accent)))
            }
        }
        // Then the project: its record counts and name, the counts dropped first when space is short.
        let counts = state.project.countsSummary
        let name = Span(state.project.name + " ", Style(.muted))
        if !counts.isEmpty, Line(spans + [Span(counts + "  "), name]).width <= width {
            return Line(spans + [Span(counts + "  ", Style(.muted)), name])
        }
        if Line(spans + [name]).width <= width { return Line(spans + [name]) }
        guard Line(spans).width > width, let first = spans.first else { return Line(spans) }
        // Keep the start of the message readable: cut it so the line fits.
        let excess = Line(spans).width - width
        let kept = Sanitizer.visible(first.text).prefix(max(0, first.text.count - excess - 3))
        spans[0] = Span(String(kept) + "…  ", first.style)
        return Line(spans)
    }
}
