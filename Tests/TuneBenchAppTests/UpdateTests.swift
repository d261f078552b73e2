import Testing
import TerminalUI
import TuneBenchApp

@Suite struct UpdateTests {
    @Test func tabCyclesTheHomePanesBothWays() {
        #expect(state(after: [.focusNext]).focus == .dataset)
        #expect(state(after: [.focusNext, .focusNext, .focusNext, .focusNext]).focus == .decision)
        #expect(state(after: [.focusPrevious]).focus == .cost)
    }

    @Test func zoomTogglesAndFollowsFocus() {
        let zoomed = state(after: [.focus(.evals), .toggleZoom])
        #expect(zoomed.fullScreenPane == .evals)
        #expect(state(after: [.focus(.evals), .toggleZoom, .focusNext]).fullScreenPane == .cost)
        #expect(state(after: [.toggleZoom, .toggleZoom]).fullScreenPane == nil)
    }

    @Test func reportOpensFullScreenAndZoomReturnsToTheLastPane() {
        let report = state(after: [.focus(.dataset), .openReport])
        #expect(report.fullScreenPane == .report)
        let back = state(after: [.focus(.dataset), .openReport, .toggleZoom])
        #expect(back.focus == .dataset)
        #expect(back.fullScreenPane == nil)
    }

    @Test func quitIsImmediateWithoutWorkAndAsksWithWork() {
        var idle = sampleState(width: 80, height: 24)
        #expect(update(&idle, .quit).isEmpty)
        #expect(idle.isQuitting)

        var busy = state(after: [.taskStarted(TaskID(7), title: "grading")])
        #expect(update(&busy, .quit).isEmpty)
        #expect(busy.overlay == .confirmQuit)
        #expect(!busy.isQuitting)
        #expect(update(&busy, .quitNow).isEmpty)
        #expect(busy.isQuitting)
    }

    @Test func quitDoesNotAskForReadsOrOrderedWrites() {
        var reading = state(after: [.taskStarted(TaskID(1), title: "reading examples", kind: .read),
                                    .taskStarted(TaskID(2), title: "saving review", kind: .ordered)])
        #expect(update(&reading, .quit).isEmpty)
        #expect(reading.overlay == nil)
        #expect(reading.isQuitting)
    }

    @Test func commandLineRunsActionsByLongName() {
        let typed = "focus-cost".map { Action.commandInput(.insert($0)) }
        let after = state(after: [.openCommandLine] + typed + [.commandRun])
        #expect(after.focus == .cost)
        #expect(after.overlay == nil)
    }

    @Test func commandLineCompletesAndReportsUnknownNames() {
        let completed = state(after: [.openCommandLine, .commandInput(.insert("t")), .commandInput(.insert("o")), .commandInput(.complete)])
        #expect(completed.overlay == .commandLine(CommandLineState(text: "toggle-zoom")))
        let unknown = state(after: [.openCommandLine, .commandInput(.insert("x")), .commandRun])
        #expect(unknown.message?.kind == .error)
        #expect(unknown.message?.text.contains("unknown command: x") == true)
    }

    @Test func backspaceOnAnEmptyCommandLineClosesIt() {
        #expect(state(after: [.openCommandLine, .commandInput(.deleteBackward)]).overlay == nil)
    }

    @Test func helpScrollIsClampedToItsContent() {
        let scrolled = state(after: [.showHelp] + Array(repeating: .helpScroll(10), count: 50), width: 100, height: 30)
        guard case .help(let offset) = scrolled.overlay else { Issue.record("help closed"); return }
        #expect(offset > 0)
        let again = state(after: [.showHelp] + Array(repeating: .helpScroll(10), count: 60), width: 100, height: 30)
        #expect(again.overlay == scrolled.overlay)
        #expect(state(after: [.showHelp, .helpScroll(-1)]).overlay == .help(offset: 0))
    }

    @Test func clickingAPaneFocusesItAndTheWheelMovesItsSelection() {
        let clicked = state(after: [.mouse(MouseEvent(.press, x: 100, y: 25))])
        #expect(clicked.focus == .cost)
        let wheeled = state(after: [.mouse(MouseEvent(.wheelDown, x: 100, y: 25))])
        #expect(wheeled.cost.selected == 1)
        #expect(wheeled.focus == .decision)
    }

    @Test func taskProgressIsTrackedUntilItFinishes() {
        let id = TaskID(3)
        let running = state(after: [.taskStarted(id, title: "importing"), .taskProgress(id, fraction: 0.62)])
        #expect(running.tasks == [RunningTask(id: id, title: "importing", fraction: 0.62)])
        // A job (work the user started) gets a bar; a read only its percentage.
        #expect(render(running).lines().last?.contains("⟳ importing ██████▎░░░ 62%") == true)
        let reading = state(after: [.taskStarted(id, title: "reading", kind: .read), .taskProgress(id, fraction: 0.62)])
        #expect(render(reading).lines().last?.contains("⟳ reading 62%") == true)
        #expect(state(after: [.taskStarted(id, title: "importing"), .taskFinished(id)]).tasks.isEmpty)
        let failed = state(after: [.taskStarted(id, title: "importing"), .taskFailed(id, message: "disk full")])
        #expect(failed.message == StatusMessage("importing failed: disk full", kind: .error))
    }

    @Test func reloadStartsBackgroundWork() {
        var state = sampleState(width: 80, height: 24)
        #expect(update(&state, .reloadProject).map(\.summary) == ["reading project"])
    }

    @Test func resizeChangesTheLayoutSize() {
        #expect(state(after: [.resized(Size(width: 40, height: 10))]).size == Size(width: 40, height: 10))
    }

    @Test func aMessageStaysUntilTheNextUserAction() {
        let shown = state(after: [.showMessage(StatusMessage("hello")), .resized(Size(width: 100, height: 30))])
        #expect(shown.message == StatusMessage("hello"))
        #expect(state(after: [.showMessage(StatusMessage("hello")), .focusNext]).message == nil)
    }

    @Test func backLeavesZoomAndTheReportView() {
        #expect(state(after: [.focus(.cost), .toggleZoom, .back]).fullScreenPane == nil)
        let fromReport = state(after: [.focus(.evals), .openReport, .back])
        #expect(fromReport.fullScreenPane == nil)
        #expect(fromReport.focus == .evals)
        #expect(KeyResolver.action(for: .escape, in: sampleState(width: 80, height: 24))
            == .showMessage(StatusMessage("back: already on the home screen", kind: .warning)))
    }

    @Test func clickingAHeaderTabFocusesItsPane() {
        let home = sampleState(width: 120, height: 36)
        let header = render(home).lines()[0]
        for pane in PaneID.allCases {
            let label = "\(pane.number) \(pane.title)"
            let x = DisplayWidth.of(header[..<header.range(of: label)!.lowerBound])
            let clicked = state(after: [.mouse(MouseEvent(.press, x: x, y: 0))])
            #expect(clicked.focus == pane, "\(label)")
        }
        #expect(state(after: [.focus(.cost), .mouse(MouseEvent(.press, x: 3, y: 0))]).focus == .cost, "the name is no tab")
    }

    @Test func upAndDownRecallEarlierCommands() {
        let typed: (String) -> [Action] = { [.openCommandLine] + $0.map { .commandInput(.insert($0)) } + [.commandRun] }
        let ran = state(after: typed("focus-cost") + typed("toggle-zoom") + typed("focus-evals"))
        var recalled = ran
        _ = update(&recalled, .openCommandLine)
        _ = update(&recalled, .commandHistory(-1))
        #expect(recalled.overlay == .commandLine(CommandLineState(text: "focus-evals")))
        _ = update(&recalled, .commandHistory(-1))
        _ = update(&recalled, .commandHistory(-1))
        _ = update(&recalled, .commandHistory(-1))
        #expect(recalled.overlay == .commandLine(CommandLineState(text: "focus-cost")), "stops at the oldest")
        _ = update(&recalled, .commandHistory(1))
        #expect(recalled.overlay == .commandLine(CommandLineState(text: "toggle-zoom")))
        _ = update(&recalled, .commandHistory(1))
        _ = update(&recalled, .commandHistory(1))
        #expect(recalled.overlay == .commandLine(CommandLineState(text: "")), "past the newest is a new line")
        _ = update(&recalled, .commandRun)
        #expect(recalled.commandHistory == ["focus-cost", "toggle-zoom", "focus-evals"])
    }
}
