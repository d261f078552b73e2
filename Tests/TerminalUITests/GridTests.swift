import Testing
import TerminalUI

@Suite struct GridTests {
    @Test func writeClipsAtTheRightEdge() {
        var grid = Grid(size: Size(width: 5, height: 1))
        let used = grid.write("abcdefg", x: 1, y: 0)
        #expect(used == 4)
        #expect(grid.lines() == [" abcd"])
    }

    @Test func wideGraphemesTakeTwoCellsAndTheSecondIsAContinuation() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.write("日本x", x: 0, y: 0)
        #expect(grid.lines() == ["日本x"])
        #expect(grid[0, 0].width == 2)
        #expect(grid[1, 0].isContinuation)
        #expect(grid[4, 0].grapheme == "x")
    }

    @Test func aWideGraphemeThatDoesNotFitBecomesAPlaceholder() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.write("ab日本", x: 0, y: 0)
        #expect(grid.lines() == ["ab日…"])
        var clipped = Grid(size: Size(width: 10, height: 1))
        clipped.write("日本", x: 0, y: 0, maxWidth: 3)
        #expect(clipped.lines() == ["日…"])
    }

    @Test func overwritingHalfOfAWideGraphemeBlanksTheOtherHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.write("日本", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)
        #expect(grid.lines() == [" x本"])
        grid.write("y", x: 2, y: 0)
        #expect(grid.lines() == [" xy"])
    }

    @Test func controlSequencesNeverReachTheGrid() {
        var grid = Grid(size: Size(width: 20, height: 1))
        grid.write("evil\u{1B}]0;pwned\u{07}", x: 0, y: 0)
        #expect(grid.lines() == ["evil^[]0;pwned^G"])
        #expect(!grid.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func stylesAreKeptPerCell() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.write("ab", x: 0, y: 0, style: Style(.error, attributes: .bold))
        #expect(grid[0, 0].style == Style(.error, attributes: .bold))
        #expect(grid[2, 0].style == .plain)
    }

    @Test func diffListsOnlyChangedCells() {
        var first = Grid(size: Size(width: 10, height: 2))
        first.write("hello", x: 0, y: 0)
        var second = first
        second.write("J", x: 0, y: 0)
        second.write("!", x: 9, y: 1)
        let changes = second.changes(from: first)
        #expect(changes.map { [$0.x, $0.y] } == [[0, 0], [9, 1]])
        #expect(second.changes(from: second).isEmpty)
    }

    @Test func diffAgainstNothingOrAnotherSizeRedrawsEverythingButContinuations() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.write("日a", x: 0, y: 0)
        #expect(grid.changes(from: nil).count == 2)
        #expect(grid.changes(from: Grid(size: Size(width: 4, height: 1))).count == 2)
    }

    @Test func headlessTerminalShowsWhatWasPresented() {
        let terminal = HeadlessTerminal(size: Size(width: 8, height: 1))
        var grid = Grid(size: terminal.size)
        grid.write("日本ok", x: 0, y: 0)
        terminal.present(grid)
        #expect(terminal.screen.lines() == ["日本ok"])
        grid.write("ab", x: 0, y: 0)
        terminal.present(grid)
        #expect(terminal.lastWriteCount == 2)
        #expect(terminal.screen.lines() == ["ab本ok"])
    }
}

@Suite struct CellTests {
    @Test func graphemesRoundTripThroughThePackedCell() {
        for text in ["a", "─", "日", "🙂", "e\u{301}", "🇫🇷", "👍🏽"] {
            let character = Character(text)
            #expect(Cell(character).grapheme == character, "\(text)")
        }
    }

    @Test func cellsCompareByTheirBytesAndStyle() {
        #expect(Cell("a") == Cell("a"))
        #expect(Cell("a") != Cell("b"))
        #expect(Cell("a", style: Style(.error)) != Cell("a"))
        #expect(Cell("e\u{301}") != Cell("\u{E9}"), "a different encoding is redrawn, never skipped")
    }
}
