import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchStore
import TuneBenchTestSupport

/// The real runtime over a real project, resized as a user dragging a window corner would: a thousand resize
/// events, sizes from 1×1 to 500×150, and the two sizes the workbench promises, 80×24 and 300×100.
@Suite struct ResizeTests {
    final class Session {
        let directory: TemporaryDirectory
        let store: ProjectStore
        let terminal: HeadlessTerminal
        let runtime: AppRuntime

        init(size: Size) throws {
            directory = try TemporaryDirectory()
            store = try ProjectStore.create(path: directory.path("p.tunebench"), name: "resize", problem: "valid GraphQL")
            let workbench = try Workbench(store: store, themeFlag: nil, environment: [:], searchRoots: [])
            terminal = HeadlessTerminal(size: size)
            runtime = AppRuntime(state: workbench.initialState(size: size), terminal: terminal,
                                 environment: workbench.environment)
            runtime.start()
            #expect(runtime.settle())
            runtime.render()
        }

        /// Resizes the terminal and handles the resize event it queues, as the run loop does.
        func resize(to size: Size) {
            terminal.resize(to: size)
            while let key = terminal.nextKey(timeoutMilliseconds: 0) { runtime.handle(key) }
            runtime.render()
        }

        func press(_ names: String...) {
            for name in names { runtime.handle(Key(name: name)!) }
            #expect(runtime.settle())
            runtime.render()
        }

        /// The screen fills exactly the terminal: as many lines as rows, none wider than the columns.
        func expectScreenFitsTerminal(sourceLocation: SourceLocation = #_sourceLocation) {
            let size = terminal.size
            #expect(runtime.state.size == size, sourceLocation: sourceLocation)
            #expect(terminal.screen.size == size, sourceLocation: sourceLocation)
            let lines = terminal.screen.lines()
            #expect(lines.count == size.height, sourceLocation: sourceLocation)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.width }, sourceLocation: sourceLocation)
        }
    }

    /// Sizes that a window corner dragged about goes through, including degenerate ones.
    static func size(_ step: Int) -> Size {
        let extremes = [Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 39, height: 9),
                        Size(width: 40, height: 10), Size(width: 80, height: 24), Size(width: 300, height: 100),
                        Size(width: 500, height: 150), Size(width: 1, height: 150), Size(width: 500, height: 1)]
        if step % 7 == 0 { return extremes[(step / 7) % extremes.count] }
        return Size(width: 20 + (step * 37) % 280, height: 5 + (step * 13) % 95)
    }

    @Test func aThousandResizesOneFrameEachKeepTheScreenWhole() throws {
        let session = try Session(size: Size(width: 100, height: 30))
        session.press("2", "z")  // a zoomed pane with a table, whose columns are laid out per width
        for step in 0..<1_000 {
            session.resize(to: Self.size(step))
            if step % 50 == 0 { session.expectScreenFitsTerminal() }
            if step == 500 { session.press("?") }  // the help overlay on top, for the second half
        }
        session.resize(to: Size(width: 100, height: 30))
        session.press("esc", "z")
        session.expectScreenFitsTerminal()
        #expect(session.terminal.screen.lines()[1].hasPrefix("┌ 1 Decision"))
        #expect(!session.runtime.state.isQuitting)
    }

    @Test func aThousandQueuedResizesThroughTheRunLoopEndAtTheLastSize() throws {
        let session = try Session(size: Size(width: 100, height: 30))
        for step in 0..<1_000 { session.terminal.resize(to: Self.size(step)) }
        session.terminal.resize(to: Size(width: 80, height: 24))
        session.runtime.run { !session.terminal.hasQueuedKeys }
        session.expectScreenFitsTerminal()
        #expect(session.runtime.state.size == Size(width: 80, height: 24))
    }

    @Test(arguments: [(80, 24), (300, 100)])
    func everyPaneAndTheHelpWorkAtTheSmallestAndALargeSize(width: Int, height: Int) throws {
        let session = try Session(size: Size(width: width, height: height))
        session.expectScreenFitsTerminal()
        var lines = session.terminal.screen.lines()
        #expect(lines[1].contains("1 Decision") && lines[1].contains("2 Dataset"))
        #expect(lines[1].hasSuffix("┐"), "the top borders reach the last column: \(lines[1])")
        #expect(DisplayWidth.of(lines[1]) == width)
        #expect(lines.last?.contains("q quit") == true)
        for (digit, title) in [("1", "Decision"), ("2", "Dataset"), ("3", "Evals"), ("4", "Cost")] {
            session.press(digit, "z")
            session.expectScreenFitsTerminal()
            lines = session.terminal.screen.lines()
            #expect(lines[1].hasPrefix("┌ \(digit) \(title) ") && lines[1].hasSuffix("┐"))
            #expect(lines[height - 2].hasPrefix("└") && lines[height - 2].hasSuffix("┘"), "\(title): \(lines[height - 2])")
            session.press("z")
        }
        session.press("?")
        session.expectScreenFitsTerminal()
        #expect(session.terminal.screen.lines().contains { $0.contains("Keys") })
    }
}
