/// Selection and scroll position of a list; lives in application state so it survives frames.
public struct ListState: Hashable, Sendable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta`, clamped to `count` items.
    public mutating func move(by delta: Int, count: Int) {
        selected = count == 0 ? 0 : min(max(0, selected + delta), count - 1)
    }

    /// Scrolls so the selection is visible in `height` rows.
    public mutating func keepVisible(height: Int) {
        guard height > 0 else { return }
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, offset)
    }
}

/// A vertical list with a marked, highlighted selection.
///
///     ▶ #0214 pending   …
///       #0215 pending   …
public struct ListView: Widget {
    public var items: [Line]
    public var state: ListState
    public var isFocused: Bool

    public init(items: [Line], state: ListState, isFocused: Bool = true) {
        self.items = items
        self.state = state
        self.isFocused = isFocused
    }

    public func render(in area: Rect, into grid: inout Grid) {
        var state = self.state
        state.keepVisible(height: area.height)
        for row in 0..<area.height {
            let index = state.offset + row
            guard index < items.count else { break }
            let selected = index == state.selected
            grid.write(selected ? "▶ " : "  ", x: area.x, y: area.y + row, style: Style(.accent), maxWidth: area.width)
            grid.write(items[index], x: area.x + 2, y: area.y + row, maxWidth: area.width - 2)
            if selected && isFocused {
                grid.restyle(area.row(row)) { $0.background = .selection }
            }
        }
    }
}
