/// One cell a backend must write to bring the screen from one grid to the next.
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}

extension Grid {
    /// The cells that differ from `previous`, in row order, skipping continuation cells (the terminal fills
    /// those when it draws the wide grapheme to their left). A grid of another size changes every cell.
    ///
    ///     let changes = next.changes(from: shown)   // write these, then keep `next` as `shown`
    public func changes(from previous: Grid?) -> [CellChange] {
        var result: [CellChange] = []
        let full = previous?.size != size
        for y in 0..<size.height {
            let row = y * size.width
            for x in 0..<size.width {
                let cell = cells[row + x]
                if full {
                    if !cell.isContinuation { result.append(CellChange(x: x, y: y, cell: cell)) }
                    continue
                }
                let old = previous!.cells[row + x]
                if cell == old { continue }
                if cell.isContinuation {
                    // The left half changed too (and is written), unless only the style of the right half
                    // differs, which the terminal cannot show separately.
                    continue
                }
                result.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return result
    }
}
