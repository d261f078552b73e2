import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchStore
import TuneBenchTestSupport

/// Scripted key sessions: the real runtime over a real project file and a headless terminal, driven by key
/// names until idle; assertions on state and on what the terminal shows.
@Suite struct KeySessionTests {
    /// A runtime on a fresh project, with its terminal.
    final class Session {
        let directory: TemporaryDirectory
        let store: ProjectStore
        let terminal: HeadlessTerminal
        let runtime: AppRuntime

        init(name: String = "graphql-assistant", size: Size = Size(width: 100, height: 30)) throws {
            directory = try TemporaryDirectory()
            store = try ProjectStore.create(path: directory.path("p.tunebench"), name: name, problem: "valid GraphQL")
            let workbench = try Workbench(store: store, themeFlag: nil, environment: [:], searchRoots: [])
            terminal = HeadlessTerminal(size: size)
            runtime = AppRuntime(state: workbench.initialState(size: size), terminal: terminal,
                                 environment: workbench.environment)
            runtime.render()
        }

        /// Presses keys by name, lets background work finish, and redraws.
        func press(_ names: String...) {
            for name in names {
                guard let key = Key(name: name) else {
                    Issue.record("no key named \(name)")
                    continue
                }
                runtime.handle(key)
                runtime.render()
            }
            #expect(runtime.settle())
            runtime.render()
        }

        var lines: [String] { terminal.screen.lines() }
    }

    @Test func focusAndZoomEveryPaneByKeys() throws {
        let session = try Session()
        for (digit, title) in [("1", "Decision"), ("2", "Dataset"), ("3", "Evals"), ("4", "Cost")] {
            session.press(digit, "z")
            #expect(session.lines[0].contains("› \(title)"))
            #expect(session.lines[1].hasPrefix("┌ \(digit) \(title) "))
            // Enter zooms back everywhere but in Cost, where it edits the selected assumption; Esc always does.
            session.press(digit == "4" ? "esc" : "enter")
            #expect(!session.lines[0].contains("›"))
        }
        session.press("5")
        #expect(session.lines[1].hasPrefix("┌ 5 Report "))
        session.press("tab")
        #expect(session.runtime.state.focus == .decision)
    }

    @Test func tabAndShiftTabMoveFocus() throws {
        let session = try Session()
        session.press("tab", "tab")
        #expect(session.runtime.state.focus == .evals)
        session.press("shift-tab")
        #expect(session.runtime.state.focus == .dataset)
        #expect(session.terminal.screen.style(of: "2 Dataset ─")?.foreground == .accent)
    }

    @Test func helpOpensScrollsAndCloses() throws {
        let session = try Session()
        session.press("?")
        #expect(session.lines.contains { $0.contains("Keys") && $0.contains("┌") })
        session.press("pgdn")
        #expect(session.lines.contains { $0.contains("11-") })
        session.press("esc")
        #expect(session.runtime.state.overlay == nil)
        #expect(!session.lines.contains { $0.contains("Keys  (Esc closes)") })
    }

    @Test func commandLineCompletesAndRuns() throws {
        let session = try Session()
        session.press(":", "o", "p", "tab")
        #expect(session.lines.last == ":open-report")
        session.press("enter")
        #expect(session.runtime.state.focus == .report)
    }

    @Test func reloadPicksUpAChangeMadeOutsideTheApp() throws {
        let session = try Session()
        try session.store.updateMetadata(name: "renamed-project", problem: "p", targetMetric: "t")
        session.press("ctrl-l")
        #expect(session.lines[0].contains("renamed-project"))
        #expect(session.runtime.state.tasks.isEmpty)
    }

    @Test func resizeReLaysOutAtOnce() throws {
        let session = try Session()
        session.terminal.resize(to: Size(width: 40, height: 10))
        session.runtime.handle(session.terminal.nextKey(timeoutMilliseconds: 0)!)
        session.runtime.render()
        #expect(session.terminal.screen.size == Size(width: 40, height: 10))
        #expect(session.lines[1].hasPrefix("┌ 1 Decision"))
        session.terminal.resize(to: Size(width: 30, height: 8))
        session.runtime.handle(session.terminal.nextKey(timeoutMilliseconds: 0)!)
        session.runtime.render()
        #expect(session.lines.contains { $0.contains("needs 40×10") })
    }

    @Test func quitStopsTheRuntime() throws {
        let session = try Session()
        session.press("q")
        #expect(session.runtime.state.isQuitting)
    }

    @Test func onlyChangedCellsAreWritten() throws {
        let session = try Session()
        session.press("tab")
        #expect(session.terminal.lastWriteCount > 0)
        #expect(session.terminal.lastWriteCount < 100 * 30 / 4)
    }

    @Test func statusBarShowsTheProjectsRecordCounts() throws {
        let session = try Session(size: Size(width: 160, height: 30))
        #expect(!session.lines.last!.contains("settings"), "zero counts are left out")
        try session.store.setSetting("theme", to: "light")
        session.press("ctrl-l")
        #expect(session.lines.last!.hasSuffix("settings 1  graphql-assistant"))
    }

    @Test func failedBackgroundWorkIsReportedInTheStatusBar() throws {
        let session = try Session()
        try session.store.close()
        session.press("ctrl-l")
        #expect(session.runtime.state.tasks.isEmpty)
        #expect(session.runtime.state.message?.kind == .error)
        #expect(session.lines.last!.contains("reading project failed"))
    }

    @Test func theLoopRunsQueuedKeysUntilQuit() throws {
        let session = try Session()
        session.terminal.enqueue([.character("3"), .character("z"), .character("q")])
        session.runtime.run { !session.terminal.hasQueuedKeys }
        #expect(session.runtime.state.isQuitting)
        #expect(session.runtime.state.fullScreenPane == .evals)
        #expect(session.lines[0].contains("› Evals"))
    }
}
