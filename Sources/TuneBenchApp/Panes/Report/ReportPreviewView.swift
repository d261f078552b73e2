import TerminalUI
import TuneBenchCore

/// The Report view's drawing: the export picker (when open) above the Markdown preview, headings emphasised.
struct ReportPreviewView {
    var state: ReportPaneState
    var projectPath: String

    func render(in area: Rect, into grid: inout Grid) {
        var body = area
        if let format = state.exportFormat {
            let picker = pickerLines(selected: format, width: area.width)
            Paragraph(lines: picker, wrap: false).render(in: Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, picker.count)), into: &grid)
            body = Rect(x: area.x, y: area.y + picker.count, width: area.width, height: max(0, area.height - picker.count))
        }
        let lines = previewLines(width: body.width)
        let offset = min(state.scroll.offset, max(0, lines.count - body.height))
        Paragraph(lines: lines, wrap: false, offset: offset).render(in: body, into: &grid)
    }

    private func pickerLines(selected: ReportFormat, width: Int) -> [Line] {
        var spans = [Span("Export as  ", Style(.accent))]
        for format in ReportFormat.allCases {
            spans.append(format == selected ? Span(" \(format.title) ", Style(.text, on: .selection, attributes: .bold)) : Span(" \(format.title) "))
            spans.append(Span(" "))
        }
        let path = ReportRenderer.defaultPath(forProject: projectPath, format: selected)
        return [
            Line(spans),
            Line([Span("to ", Style(.muted)), Span(path)]),
            Line("h/l choose · w write · Esc cancel", Style(.muted)),
            Line(String(repeating: "─", count: max(0, width)), Style(.muted)),
        ]
    }

    private func previewLines(width: Int) -> [Line] {
        switch state.preview {
        case .notLoaded, .loading:
            return [Line("Rendering the report…", Style(.muted))]
        case .failed(let message):
            return Wrap.lines("The report could not be rendered: \(message)", width: max(1, width)).map { Line($0, Style(.error)) }
        case .loaded(let markdown):
            return markdown.split(separator: "\n", omittingEmptySubsequences: false).flatMap { raw -> [Line] in
                let line = String(raw)
                let style: Style = line.hasPrefix("#") ? Style(.accent, attributes: .bold)
                    : line.hasPrefix("|") || line.hasPrefix("---") ? Style(.text) : Style.plain
                // Tables keep their columns (cut at the edge); prose wraps.
                if line.hasPrefix("|") || line.isEmpty { return [Line(line, style)] }
                return Wrap.lines(line, width: max(1, width)).map { Line($0, style) }
            }
        }
    }
}
