/// Lines of styled text, optionally wrapped, scrolled by a line offset.
///
///     Paragraph(lines: ["Problem", Line(problem, Style(.muted))], wrap: true, offset: 0)
public struct Paragraph: Widget {
    public var lines: [Line]
    public var wrap: Bool
    public var offset: Int

    public init(lines: [Line], wrap: Bool = true, offset: Int = 0) {
        self.lines = lines
        self.wrap = wrap
        self.offset = offset
    }

    /// The lines as they will be drawn at `width` (wrapped if asked).
    public func layoutLines(width: Int) -> [Line] {
        guard wrap else { return lines }
        return lines.flatMap { line -> [Line] in
            guard line.width > width else { return [line] }
            // Wrapping keeps the style of the line's first span: mixed-style lines that overflow are rare and
            // are better truncated by the view that builds them.
            let style = line.spans.first?.style ?? .plain
            return Wrap.lines(line.plainText, width: width).map { Line($0, style) }
        }
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let shown = layoutLines(width: area.width).dropFirst(max(0, offset)).prefix(area.height)
        for (row, line) in shown.enumerated() {
            grid.write(line, x: area.x, y: area.y + row, maxWidth: area.width)
        }
    }
}
