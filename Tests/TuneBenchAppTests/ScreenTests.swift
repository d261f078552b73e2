import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchTestSupport

/// The shell and every placeholder pane rendered into a grid at two sizes, against reviewed snapshots
/// (Snapshots/*.txt), plus the styles that carry meaning.
@Suite struct ScreenTests {
    @Test(arguments: [(120, 36), (80, 24)])
    func homeShowsFourPanesTwoByTwo(width: Int, height: Int) throws {
        let grid = render(sampleState(width: width, height: height))
        try ScreenSnapshot.check(grid.lines(), named: "home-\(width)x\(height)")
        let top = grid.lines()[1]
        #expect(top.contains("1 Decision") && top.contains("2 Dataset"))
        #expect(grid.row(containing: "3 Evals") == grid.row(containing: "4 Cost"))
    }

    @Test func narrowHomeStacksThePanes() throws {
        let grid = render(sampleState(width: 60, height: 30))
        try ScreenSnapshot.check(grid.lines(), named: "home-60x30")
        let rows = ["1 Decision", "2 Dataset", "3 Evals", "4 Cost"].map { grid.row(containing: $0)! }
        #expect(rows == rows.sorted())
    }

    @Test func shortHomeKeepsTheFocusedPaneAndShrinksTheOthers() throws {
        let grid = render(state(after: [.focus(.evals)], width: 40, height: 10))
        try ScreenSnapshot.check(grid.lines(), named: "home-40x10-evals")
        #expect(grid.lines()[1].hasPrefix("─ 1 Decision ─"))
        #expect(grid.lines()[3].hasPrefix("┌ 3 Evals"))
    }

    @Test(arguments: PaneID.allCases)
    func everyPaneZoomsAtTwoSizes(pane: PaneID) {
        let actions: [Action] = pane == .report ? [.openReport] : [.focus(pane), .toggleZoom]
        for (width, height) in [(120, 36), (50, 14)] {
            let grid = render(state(after: actions, width: width, height: height))
            // Record an issue rather than throw, so one run checks (or records) both sizes.
            do { try ScreenSnapshot.check(grid.lines(), named: "zoom-\(pane.rawValue)-\(width)x\(height)") } catch {
                Issue.record(error)
            }
            #expect(grid.lines()[1].hasPrefix("┌ \(pane.number) \(pane.title) "))
            #expect(grid.lines()[0].contains("› \(pane.title)"))
        }
    }

    @Test func tooSmallScreenSaysWhatItNeeds() throws {
        let grid = render(sampleState(width: 30, height: 8))
        try ScreenSnapshot.check(grid.lines(), named: "too-small-30x8")
        #expect(grid.lines().contains { $0.contains("needs 40×10") })
    }

    @Test func helpOverlayListsBindingsFromTheTable() throws {
        let grid = render(state(after: [.showHelp], width: 100, height: 30))
        try ScreenSnapshot.check(grid.lines(), named: "help-100x30")
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("z/Enter"))
        #expect(text.contains(":toggle-zoom"))
        #expect(grid.style(of: "Decision pane")?.foreground == .accent)
    }

    @Test func commandLineShowsMatchesAndTheCursor() throws {
        let grid = render(state(after: [.openCommandLine, .commandInput(.insert("f")), .commandInput(.insert("o"))], width: 100, height: 20))
        try ScreenSnapshot.check(grid.lines(), named: "command-line-100x20")
        #expect(grid.lines()[19] == ":fo")
        #expect(grid[3, 19].style.attributes.contains(.reverse))
        #expect(grid.lines()[18].contains("focus-next"))
    }

    @Test func focusedPaneIsHighlightedInBorderAndHeader() {
        let grid = render(state(after: [.focus(.cost)]))
        #expect(grid.style(of: "4 Cost")?.foreground == .accent)
        #expect(grid.style(of: "1 Decision ─")?.foreground == .text)
        #expect(grid.style(of: "[4 Cost]")?.attributes.contains(.reverse) == true)
    }

    @Test func projectNameWithEscapeSequencesShowsVisibleEscapes() {
        var state = sampleState(width: 100, height: 24)
        state.project = sampleSnapshot(name: "evil\u{1B}[2J\u{1B}]0;owned\u{07}")
        let grid = render(state)
        #expect(grid.lines()[0].contains("evil^[[2J^[]0;owned^G"))
        #expect(!grid.cells.contains { $0.grapheme.unicodeScalars.contains { Sanitizer.isControl($0) } })
    }

    @Test func confirmQuitWhileWorkIsRunning() throws {
        let grid = render(state(after: [.taskStarted(TaskID(1), title: "importing train.jsonl"), .quit], width: 80, height: 24))
        try ScreenSnapshot.check(grid.lines(), named: "confirm-quit-80x24")
        #expect(grid.lines().joined().contains("Work is running: importing train.jsonl"))
    }
}
