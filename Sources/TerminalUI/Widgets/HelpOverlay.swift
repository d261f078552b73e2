/// The `?` screen: every binding of the active scopes, grouped, in a centred scrollable box.
///
///     ┌ Help ─────────────────────────────── 1-20/34 ┐
///     │ Panes                                        │
///     │   Tab          focus the next pane           │
///     │   z/Enter      zoom the focused pane         │
public struct HelpOverlay: Widget {
    public struct Entry: Hashable, Sendable {
        public var keys: String
        public var command: String
        public var help: String
        /// Why the command cannot run now; such entries are dimmed.
        public var disabledReason: String?

        public init(keys: String, command: String, help: String, disabledReason: String? = nil) {
            self.keys = keys
            self.command = command
            self.help = help
            self.disabledReason = disabledReason
        }
    }

    public var title: String
    public var sections: [(group: String, entries: [Entry])]
    public var offset: Int

    public init(title: String = "Help", sections: [(group: String, entries: [Entry])], offset: Int) {
        self.title = title
        self.sections = sections
        self.offset = offset
    }

    /// The overlay's content, one line per row, before scrolling.
    public func contentLines() -> [Line] {
        let entries = sections.flatMap(\.entries)
        let keyWidth = min(16, (entries.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let helpWidth = min(48, (entries.map { DisplayWidth.of($0.help) }.max() ?? 0) + 2)
        var lines: [Line] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(Line([])) }
            lines.append(Line(section.group, Style(.accent, attributes: .bold)))
            for entry in section.entries {
                let pad = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(entry.keys)))
                let keys = Span("  " + entry.keys + pad, Style(entry.disabledReason == nil ? .accent : .muted))
                if let reason = entry.disabledReason {
                    lines.append(Line([keys, Span("\(entry.help) (\(reason))", Style(.muted))]))
                } else {
                    let helpPad = String(repeating: " ", count: max(1, helpWidth - DisplayWidth.of(entry.help)))
                    lines.append(Line([keys, Span(entry.help + helpPad), Span(":\(entry.command)", Style(.muted))]))
                }
            }
        }
        return lines
    }

    /// The box the overlay takes within a screen area.
    public func frame(in area: Rect) -> Rect { frame(in: area, lines: contentLines()) }

    func frame(in area: Rect, lines: [Line]) -> Rect {
        let width = min(area.width - 2, max(40, (lines.map(\.width).max() ?? 0) + 4))
        return area.centered(Size(width: width, height: min(area.height - 2, lines.count + 2)))
    }

    /// The largest useful scroll offset in an area.
    public func maxOffset(in area: Rect) -> Int {
        let lines = contentLines()
        return max(0, lines.count - max(0, frame(in: area, lines: lines).height - 2))
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let lines = contentLines()
        let box = frame(in: area, lines: lines)
        let visible = max(0, box.height - 2)
        let first = min(max(0, offset), max(0, lines.count - visible))
        let position = lines.count > visible ? "\(first + 1)-\(first + visible)/\(lines.count) j/k" : ""
        Box(title: Line(title, Style(.accent, attributes: .bold)), borderStyle: Style(.accent), footer: position)
            .render(in: box, into: &grid)
        Paragraph(lines: Array(lines.dropFirst(first)), wrap: false)
            .render(in: Box.inner(box).inset(horizontal: 1, vertical: 0), into: &grid)
    }
}
