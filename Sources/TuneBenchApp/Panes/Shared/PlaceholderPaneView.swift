import TerminalUI

/// The body of a pane whose real view has not landed yet: what the project already knows, then what the pane
/// will hold, scrollable.
struct PlaceholderPaneView {
    /// Label and value pairs ("Problem", "output format …").
    var facts: [(label: String, value: String)]
    var plan: String
    var scroll: TextScroll

    static let labelWidth = 9

    func render(in area: Rect, into grid: inout Grid) {
        var lines = facts.flatMap { factLines($0.label, $0.value, width: area.width) }
        if !facts.isEmpty { lines.append(Line([])) }
        lines += Wrap.lines(plan, width: max(1, area.width)).map { Line($0, Style(.muted)) }
        let offset = min(scroll.offset, max(0, lines.count - area.height))
        Paragraph(lines: lines, wrap: false, offset: offset).render(in: area, into: &grid)
    }

    /// "Label    value", the value wrapped under itself (a hanging indent) when it is long.
    func factLines(_ label: String, _ value: String, width: Int) -> [Line] {
        let indent = PlaceholderPaneView.labelWidth
        let label = label + String(repeating: " ", count: max(1, indent - label.count))
        let wrapped = Wrap.lines(value.isEmpty ? "–" : value, width: max(1, width - indent))
        return wrapped.enumerated().map { index, part in
            Line([Span(index == 0 ? label : String(repeating: " ", count: indent), Style(.muted)), Span(part)])
        }
    }
}
