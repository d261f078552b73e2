/// A table with a header row and fixed-width columns.
///
///     TableView(columns: [.init("rung", width: 9), .init("pass", width: 5, alignment: .right)],
///               rows: [["baseline", "71%"]])
public struct TableView: Widget {
    public struct Column: Hashable, Sendable {
        public enum Alignment: Hashable, Sendable { case left, right }
        public var title: String
        public var width: Int
        public var alignment: Alignment

        public init(_ title: String, width: Int, alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    public var state: ListState?

    public init(columns: [Column], rows: [[String]], state: ListState? = nil) {
        self.columns = columns
        self.rows = rows
        self.state = state
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        writeRow(columns.map(\.title), y: area.y, area: area, style: Style(.muted, attributes: .bold))
        var state = self.state ?? ListState(selected: -1)
        state.keepVisible(height: area.height - 1)
        for row in 0..<(area.height - 1) {
            let index = state.offset + row
            guard index >= 0, index < rows.count else { break }
            writeRow(rows[index], y: area.y + 1 + row, area: area, style: .plain)
            if index == state.selected { grid.restyle(area.row(1 + row)) { $0.background = .selection } }
        }

        func writeRow(_ cells: [String], y: Int, area: Rect, style: Style) {
            var x = area.x
            for (column, text) in zip(columns, cells) where x < area.maxX {
                let width = min(column.width, area.maxX - x)
                let textWidth = min(DisplayWidth.of(text), width)
                let start = column.alignment == .right ? x + width - textWidth : x
                grid.write(text, x: start, y: y, style: style, maxWidth: width)
                x += column.width + 1
            }
        }
    }
}
