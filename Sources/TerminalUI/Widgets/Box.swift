/// A bordered box with a title, like lazygit's panels.
///
///     ┌ 1 Decision ──────┐
///     │                  │
///     └──────────────────┘
///
/// ``inner(_:)`` gives the rectangle inside the border.
public struct Box: Widget {
    public var title: Line
    public var borderStyle: Style
    /// A short text on the bottom border, right-aligned (a position such as "3/12").
    public var footer: String

    public init(title: Line = Line([]), borderStyle: Style = Style(.muted), footer: String = "") {
        self.title = title
        self.borderStyle = borderStyle
        self.footer = footer
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    public func render(in area: Rect, into grid: inout Grid) {
        guard area.width >= 2, area.height >= 2 else { return }
        grid.fill(area, style: .plain)
        let horizontal = String(repeating: "─", count: area.width - 2)
        grid.write("┌" + horizontal + "┐", x: area.x, y: area.y, style: borderStyle)
        grid.write("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, style: borderStyle)
        for y in (area.y + 1)..<(area.maxY - 1) {
            grid.write("│", x: area.x, y: y, style: borderStyle)
            grid.write("│", x: area.maxX - 1, y: y, style: borderStyle)
        }
        if !title.spans.isEmpty, area.width > 4 {
            var spaced = title
            spaced.spans.insert(Span(" ", borderStyle), at: 0)
            spaced.spans.append(Span(" ", borderStyle))
            grid.write(spaced, x: area.x + 1, y: area.y, maxWidth: area.width - 3)
        }
        if !footer.isEmpty, area.width > 6 {
            let width = min(DisplayWidth.of(footer) + 2, area.width - 4)
            grid.write(" \(footer) ", x: area.maxX - 2 - width, y: area.maxY - 1, style: borderStyle, maxWidth: width)
        }
    }
}
