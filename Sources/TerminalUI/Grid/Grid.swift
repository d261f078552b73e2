/// A screenful of cells that views render into; backends show it by writing what changed since the last one.
///
///     var grid = Grid(size: Size(width: 20, height: 2))
///     grid.write("hello 日本", x: 0, y: 0, style: Style(.accent))
///     grid.lines()   // ["hello 日本", ""]
///
/// ``write(_:x:y:style:maxWidth:)`` is the only way text enters a grid: it sanitises it (``Sanitizer``), so
/// untrusted strings never reach the terminal as control sequences, and it never splits a wide grapheme.
public struct Grid: Hashable, Sendable {
    public private(set) var size: Size
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank()) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The cell at a position (which must be inside the grid).
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// Writes text from (x, y), clipped to `maxWidth` columns and to the grid's right edge, and returns the
    /// number of columns used. Controls become visible escapes; a wide grapheme that does not fit at the edge
    /// becomes ``Cell/widePlaceholder``.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, maxWidth.map { x + max(0, $0) } ?? size.width)
        var column = x
        // Most UI text is printable ASCII: one byte, one cell, no grapheme breaking needed.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in text.utf8 {
                if column >= limit { break }
                if column >= 0 { put(Cell(ascii: byte, style: style), x: column, y: y) }
                column += 1
            }
            return max(0, column - x)
        }
        Sanitizer.forEachGrapheme(in: text) { character, width in
            if column >= limit { return false }
            if column + width > limit {
                if column >= 0 { put(Cell(Cell.widePlaceholder, style: style), x: column, y: y) }
                column += 1
                return false
            }
            if column >= 0 {
                put(Cell(character, width: UInt8(width), style: style), x: column, y: y)
                if width == 2 { put(Cell(" ", width: 0, style: style), x: column + 1, y: y) }
            }
            column += width
            return true
        }
        return max(0, column - x)
    }

    /// Writes styled spans one after another; returns the columns used.
    @discardableResult
    public mutating func write(_ line: Line, x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        var used = 0
        let limit = maxWidth ?? (size.width - x)
        for span in line.spans where used < limit {
            used += write(span.text, x: x + used, y: y, style: span.style, maxWidth: limit - used)
        }
        return used
    }

    /// Fills a rectangle (clipped to the grid) with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        fill(rect, with: .blank(style))
    }

    /// Fills a rectangle (clipped to the grid) with one cell, which must be one column wide.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            // Wide graphemes cut by the edges lose their other half; inside, every cell is simply replaced.
            if area.x > 0, self[area.x - 1, y].width == 2 { cells[y * size.width + area.x - 1] = .blank(self[area.x - 1, y].style) }
            if area.maxX < size.width, self[area.maxX, y].isContinuation {
                cells[y * size.width + area.maxX] = .blank(self[area.maxX, y].style)
            }
            let row = y * size.width
            for index in (row + area.x)..<(row + area.maxX) { cells[index] = cell }
        }
    }

    /// Changes the style of the cells in a rectangle, keeping their graphemes (for highlighting a row).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { change(&cells[y * size.width + x].style) }
        }
    }

    /// Blanks the whole grid.
    public mutating func clear(style: Style = .plain) {
        for index in cells.indices { cells[index] = .blank(style) }
    }

    /// Places one cell, repairing any wide grapheme it cuts in half.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation, x > 0, cells[index - 1].width == 2, cell.width != 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, cell.width != 2, x + 1 < size.width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// The text of each row with trailing blanks removed, as `tmux capture-pane -p` shows it.
    public func lines() -> [String] {
        (0..<size.height).map { line($0) }
    }

    /// The text of one row with trailing blanks removed.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width {
            let cell = self[x, y]
            if !cell.isContinuation { text.append(cell.grapheme) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
