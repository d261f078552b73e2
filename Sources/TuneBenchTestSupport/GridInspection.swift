import TerminalUI

extension Grid {
    /// The column where `text` first starts on row `y`, counting display columns; nil if absent.
    public func column(of text: String, row y: Int) -> Int? {
        var x = 0
        while x < width {
            var probe = x, matched = true
            for character in text {
                guard probe < width, self[probe, y].grapheme == character, !self[probe, y].isContinuation else {
                    matched = false
                    break
                }
                probe += max(1, Int(self[probe, y].width))
            }
            if matched && !text.isEmpty { return x }
            x += 1
        }
        return nil
    }

    /// The row of the first line containing `text`; nil if absent.
    public func row(containing text: String) -> Int? {
        lines().firstIndex { $0.contains(text) }
    }

    /// The style of the first cell of `text`, searching rows top down.
    public func style(of text: String) -> Style? {
        for y in 0..<height {
            if let x = column(of: text, row: y) { return self[x, y].style }
        }
        return nil
    }
}
