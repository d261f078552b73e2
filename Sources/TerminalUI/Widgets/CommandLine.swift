/// The text typed after `:`, with a cursor. Lives in application state.
public struct CommandLineState: Hashable, Sendable {
    public var text: String
    /// The cursor position in characters.
    public var cursor: Int

    public init(text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    public mutating func insert(_ character: Character) {
        text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
        cursor += 1
    }

    /// Deletes the character before the cursor; false when there was none.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
        return true
    }

    public mutating func moveCursor(by delta: Int) {
        cursor = min(max(0, cursor + delta), text.count)
    }

    /// Completes the text from candidates: to the only match, or to the longest prefix all matches share.
    /// Returns the matches.
    @discardableResult
    public mutating func complete(from candidates: [String]) -> [String] {
        let matches = candidates.filter { $0.hasPrefix(text) }
        guard let first = matches.first else { return [] }
        var common = first
        for match in matches.dropFirst() {
            common = String(zip(common, match).prefix { $0 == $1 }.map(\.0))
        }
        if common.count > text.count { text = common }
        cursor = text.count
        return matches
    }
}

/// The `:` line at the bottom of the screen, with the matching command names above it.
public struct CommandLineView: Widget {
    public var state: CommandLineState
    public var matches: [String]

    public init(state: CommandLineState, matches: [String]) {
        self.state = state
        self.matches = matches
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        PromptLine(label: ":", state: state).render(in: area.row(area.height - 1), into: &grid)
        guard area.height > 1, !matches.isEmpty else { return }
        let hintRow = area.row(area.height - 2)
        grid.fill(hintRow, style: Style(.text, on: .selection))
        var x = hintRow.x + 1
        for match in matches where x < hintRow.maxX {
            x += grid.write(match, x: x, y: hintRow.y, style: Style(.text, on: .selection), maxWidth: hintRow.maxX - x) + 2
        }
    }
}
