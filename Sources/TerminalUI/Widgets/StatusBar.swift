/// A one-row bar with text on the left and on the right; the left side is cut first when space runs out.
public struct StatusBar: Widget {
    public var left: Line
    public var right: Line
    public var style: Style

    public init(left: Line, right: Line = Line([]), style: Style = .plain) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        grid.fill(area.row(0), style: style)
        let rightWidth = min(right.width, area.width)
        grid.write(right, x: area.maxX - rightWidth, y: area.y, maxWidth: rightWidth)
        grid.write(left, x: area.x, y: area.y, maxWidth: max(0, area.width - rightWidth - 1))
    }
}
