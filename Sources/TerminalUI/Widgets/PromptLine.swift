/// One line being typed: a bold label, the text, and the cursor shown reversed. The `:` line and every
/// pane prompt draw with it.
public struct PromptLine: Widget {
    public var label: String
    public var state: CommandLineState

    public init(label: String, state: CommandLineState) {
        self.label = label
        self.state = state
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        let row = area.row(0)
        grid.fill(row)
        let labelWidth = grid.write(label, x: row.x, y: row.y, style: Style(.accent, attributes: .bold), maxWidth: row.width)
        let used = grid.write(state.text, x: row.x + labelWidth, y: row.y, maxWidth: max(0, row.width - labelWidth - 1))
        let cursorX = row.x + labelWidth + min(DisplayWidth.of(state.text.prefix(state.cursor)), used)
        if cursorX < row.maxX {
            grid.restyle(Rect(x: cursorX, y: row.y, width: 1, height: 1)) { $0.attributes.insert(.reverse) }
        }
    }
}
