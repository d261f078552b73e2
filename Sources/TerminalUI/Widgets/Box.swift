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
        // Borders are filled with ready-made cells: the same look as writing "┌───┐", without sanitising and
        // measuring a screen's width of box-drawing characters every frame.
        let horizontal = Cell("─", style: borderStyle), vertical = Cell("│", style: borderStyle)
        grid.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), with: horizontal)
        grid.fill(Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1), with: horizontal)
        grid.fill(Rect(x: area.x, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
        grid.fill(Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
        grid.fill(Rect(x: area.x, y: area.y, width: 1, height: 1), with: Cell("┌", style: borderStyle))
        grid.fill(Rect(x: area.maxX - 1, y: area.y, width: 1, height: 1), with: Cell("┐", style: borderStyle))
        grid.fill(Rect(x: area.x, y: area.maxY - 1, width: 1, height: 1), with: Cell("└", style: borderStyle))
        grid.fill(Rect(x: area.maxX - 1, y: area.maxY - 1, width: 1, height: 1), with: Cell("┘", style: borderStyle))
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
