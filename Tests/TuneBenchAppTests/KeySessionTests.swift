import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchStore
import TuneBenchTestSupport

/// Scripted key sessions: the real runtime over a real project file and a headless terminal, driven by key
/// names until idle; assertions on state and on what the terminal shows.
@Suite struct KeySessionTests {
    /// A runtime on a fresh, empty project, its first frame drawn before the project is loaded.
    final class Session: AppSession {
        init(name: String = "graphql-assistant", size: Size = Size(width: 100, height: 30)) async throws {
            let directory = try TemporaryDirectory()
            let store = try ProjectStore.create(path: directory.path("p.tunebench"), name: name, problem: "valid GraphQL")
            try await super.init(directory: directory, store: store, size: size, start: false)
        }
    }

    @Test func focusAndZoomEveryPaneByKeys() async throws {
        let session = try await Session()
        for (digit, title) in [("1", "Decision"), ("2", "Dataset"), ("3", "Evals"), ("4", "Cost")] {
            await session.press(digit, "z")
            #expect(session.lines[0].contains("› \(title)"))
            #expect(session.lines[1].hasPrefix("┌ \(digit) \(title) "))
            // Enter zooms back everywhere but in Cost, where it edits the selected assumption; Esc always does.
            await session.press(digit == "4" ? "esc" : "enter")
            #expect(!session.lines[0].contains("›"))
        }
        await session.press("5")
        #expect(session.lines[1].hasPrefix("┌ 5 Report "))
        await session.press("tab")
        #expect(session.runtime.state.focus == .decision)
    }

    @Test func tabAndShiftTabMoveFocus() async throws {
        let session = try await Session()
        await session.press("tab", "tab")
        #expect(session.runtime.state.focus == .evals)
        await session.press("shift-tab")
        #expect(session.runtime.state.focus == .dataset)
        #expect(session.terminal.screen.style(of: "2 Dataset ─")?.foreground == .accent)
    }

    @Test func helpOpensScrollsAndCloses() async throws {
        let session = try await Session()
        await session.press("?")
        #expect(session.lines.contains { $0.contains("Keys") && $0.contains("┌") })
        await session.press("pgdn")
        #expect(session.lines.contains { $0.contains("11-") })
        await session.press("esc")
        #expect(session.runtime.state.overlay == nil)
        #expect(!session.lines.contains { $0.contains("Keys  (Esc closes)") })
    }

    @Test func commandLineCompletesAndRuns() async throws {
        let session = try await Session()
        await session.press(":", "o", "p", "tab")
        #expect(session.lines.last == ":open-report")
        await session.press("enter")
        #expect(session.runtime.state.focus == .report)
    }

    @Test func reloadPicksUpAChangeMadeOutsideTheApp() async throws {
        let session = try await Session()
        try session.store.updateMetadata(name: "renamed-project", problem: "p", targetMetric: "t")
        await session.press("ctrl-l")
        #expect(session.lines[0].contains("renamed-project"))
        #expect(session.runtime.state.tasks.isEmpty)
    }

    @Test func resizeReLaysOutAtOnce() async throws {
        let session = try await Session()
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

    @Test func quitStopsTheRuntime() async throws {
        let session = try await Session()
        await session.press("q")
        #expect(session.runtime.state.isQuitting)
    }

    @Test func onlyChangedCellsAreWritten() async throws {
        let session = try await Session()
        await session.press("tab")
        #expect(session.terminal.lastWriteCount > 0)
        #expect(session.terminal.lastWriteCount < 100 * 30 / 4)
    }

    @Test func statusBarShowsTheProjectsRecordCounts() async throws {
        let session = try await Session(size: Size(width: 160, height: 30))
        #expect(!session.lines.last!.contains("settings"), "zero counts are left out")
        try session.store.setSetting("theme", to: "light")
        await session.press("ctrl-l")
        #expect(session.lines.last!.hasSuffix("settings 1  graphql-assistant"))
    }

    @Test func failedBackgroundWorkIsReportedInTheStatusBar() async throws {
        let session = try await Session()
        try session.store.close()
        await session.press("ctrl-l")
        #expect(session.runtime.state.tasks.isEmpty)
        #expect(session.runtime.state.message?.kind == .error)
        #expect(session.lines.last!.contains("reading project failed"))
    }

    @Test func theLoopRunsQueuedKeysUntilQuit() async throws {
        let session = try await Session()
        session.terminal.enqueue([.character("3"), .character("z"), .character("q")])
        session.runtime.run { !session.terminal.hasQueuedKeys }
        #expect(session.runtime.state.isQuitting)
        #expect(session.runtime.state.fullScreenPane == .evals)
        #expect(session.lines[0].contains("› Evals"))
    }
}
