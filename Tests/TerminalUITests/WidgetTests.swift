import Testing
import TerminalUI

@Suite struct WidgetTests {
    @Test func boxDrawsBorderAndTitle() {
        var grid = Grid(size: Size(width: 12, height: 3))
        grid.render(Box(title: "1 Notes"), in: grid.bounds)
        #expect(grid.lines() == ["┌ 1 Notes ─┐", "│          │", "└──────────┘"])
        #expect(grid[0, 0].style.foreground == .muted)
    }

    @Test func boxTitleIsClippedInANarrowBox() {
        var grid = Grid(size: Size(width: 8, height: 2))
        grid.render(Box(title: "a long title"), in: grid.bounds)
        #expect(grid.lines()[0] == "┌ a lo─┐")
    }

    @Test func paragraphWrapsAndScrolls() {
        var grid = Grid(size: Size(width: 9, height: 2))
        grid.render(Paragraph(lines: ["the quick brown fox jumps"], offset: 1), in: grid.bounds)
        #expect(grid.lines() == ["brown fox", "jumps"])
    }

    @Test func listMarksAndHighlightsTheSelection() {
        var grid = Grid(size: Size(width: 8, height: 2))
        grid.render(ListView(items: ["one", "two", "three"], state: ListState(selected: 2)), in: grid.bounds)
        #expect(grid.lines() == ["  two", "▶ three"])
        #expect(grid[5, 1].style.background == .selection)
        #expect(grid[5, 0].style.background == .background)
    }

    @Test func tableAlignsColumns() {
        var grid = Grid(size: Size(width: 14, height: 3))
        let columns = [TableView.Column("rung", width: 8), TableView.Column("pass", width: 5, alignment: .right)]
        grid.render(TableView(columns: columns, rows: [["baseline", "71%"], ["rag", "83%"]]), in: grid.bounds)
        #expect(grid.lines() == ["rung      pass", "baseline   71%", "rag        83%"])
    }

    @Test func progressBarUsesEighths() {
        #expect(ProgressBar.text(fraction: 0.5, width: 4) == ("██", "░░"))
        #expect(ProgressBar.text(fraction: 0.3, width: 4).filled == "█▎")
        #expect(ProgressBar.text(fraction: 2, width: 3) == ("███", ""))
    }

    @Test func statusBarKeepsTheRightSide() {
        var grid = Grid(size: Size(width: 12, height: 1))
        grid.render(StatusBar(left: "a long message", right: "q quit"), in: grid.bounds)
        #expect(grid.lines() == ["a lon q quit"])
    }

    @Test func commandLineCompletesToTheCommonPrefix() {
        var state = CommandLineState(text: "fo")
        let matches = state.complete(from: ["focus-next", "focus-previous", "quit"])
        #expect(matches == ["focus-next", "focus-previous"])
        #expect(state.text == "focus-")
        state.insert("n")
        state.complete(from: ["focus-next", "focus-previous"])
        #expect(state.text == "focus-next")
        state.deleteBackward()
        #expect(state.text == "focus-nex")
    }

    @Test func helpOverlayScrollsAndShowsPosition() {
        let entries = (1...10).map { HelpOverlay.Entry(keys: "\($0)", command: "c\($0)", help: "help \($0)") }
        let overlay = HelpOverlay(sections: [("Group", entries)], offset: 3)
        var grid = Grid(size: Size(width: 50, height: 8))
        grid.render(overlay, in: grid.bounds)
        let lines = grid.lines()
        #expect(lines[1].contains("Help"))
        #expect(lines[2].contains("3   help 3   :c3"))
        #expect(lines[6].contains("4-7/11"))
        #expect(overlay.maxOffset(in: grid.bounds) == 7)
    }
}

@Suite struct WrapTests {
    @Test func wrapsAtSpacesAndBreaksLongWords() {
        #expect(Wrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(Wrap.lines("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
        #expect(Wrap.lines("one\ntwo", width: 10) == ["one", "two"])
    }

    @Test func measuresWideTextAndSanitisesControls() {
        #expect(Wrap.lines("日本語 テキスト", width: 7) == ["日本語", "テキス", "ト"])
        #expect(Wrap.lines("a\u{1B}b c", width: 10) == ["a^[b c"])
    }
}

@Suite struct SparklineTests {
    @Test func barsScaleToTheLargestValue() {
        #expect(Sparkline.text([0, 1, 2, 4, 7, 3]) == "▁▂▃▅█▄")
        #expect(Sparkline.text([]) == "")
        #expect(Sparkline.text([0, -1, .nan]) == "▁▁▁")
    }

    @Test func renderIsClippedToTheArea() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.render(Sparkline(values: [1, 2, 3, 4, 5]), in: grid.bounds)
        #expect(grid.lines() == ["▃▆█"], "scaled to the values shown")
    }
}
