import TerminalUI

/// The body of a pane whose real view has not landed yet: what the project already knows, then what the pane
/// will hold, scrollable.
struct PlaceholderPaneView {
    var facts: [Line]
    var plan: String
    var scroll: TextScroll

    func render(in area: Rect, into grid: inout Grid) {
        var lines = facts
        if !facts.isEmpty { lines.append(Line([])) }
        let planLines = Wrap.lines(plan, width: max(1, area.width)).map { Line($0, Style(.muted)) }
        lines += planLines
        let paragraph = Paragraph(lines: lines)
        let total = paragraph.layoutLines(width: area.width).count
        let offset = min(scroll.offset, max(0, total - area.height))
        Paragraph(lines: lines, offset: offset).render(in: area, into: &grid)
    }

    /// A "label  value" line with a muted label.
    static func fact(_ label: String, _ value: String, width: Int = 9) -> Line {
        let padded = label + String(repeating: " ", count: max(1, width - label.count))
        return Line([Span(padded, Style(.muted)), Span(value.isEmpty ? "–" : value)])
    }
}
