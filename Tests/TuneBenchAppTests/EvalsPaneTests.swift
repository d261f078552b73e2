import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The Evals pane over a real project: the runs screen, one run's cases, two runs compared with a word diff, the
/// filters and search, and overrides with undo, driven by keys.
@Suite struct EvalsPaneTests {
    @Test(arguments: [(120, 36), (80, 24)])
    func runsScreenShowsModelCostLatencyAndTheLadder(width: Int, height: Int) async throws {
        let session = try await EvalsSession(size: Size(width: width, height: height))
        await session.press("3", "z")
        try ScreenSnapshot.check(session.lines, named: "evals-runs-\(width)x\(height)")
        #expect(session.text.contains("▶ model     gpt-4.1"))
        #expect(session.text.contains("$0.0012"))  // 12 cases at $0.0001 (the case only in A has no cost)
        #expect(session.text.contains("┴ target 98%"))
        await session.press("j")
        #expect(session.text.contains("▶ finetune  lora-r16"))
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func aRunsCasesListWithTheSelectedCaseInFull(width: Int, height: Int) async throws {
        let session = try await EvalsSession(size: Size(width: width, height: height))
        await session.press("3", "z", "l", "j")
        try ScreenSnapshot.check(session.lines, named: "evals-cases-\(width)x\(height)")
        #expect(session.state.screen == .cases)
        #expect(session.state.selectedRow?.key == "q-2")
        let text = session.text
        #expect(text.contains("gpt-4.1  gpt-4.1  13 cases  passed 9 (69%)  failed 4"))
        #expect(text.contains("Question 2: list the nested connection args"))
        #expect(text.contains("Int cannot represent non-integer value"))
        #expect(session.terminal.screen.style(of: "✘ fail")?.foreground == .error)
    }

    @Test func filtersNarrowTheListAndSearchFindsOutputs() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "z", "l", "f")
        #expect(session.state.filter == .failures)
        #expect(session.state.page.rows.map(\.key) == ["q-2", "q-5", "q-8", "q-11"])
        #expect(session.text.contains("filter: failures (4)"))
        await session.press("f")
        #expect(session.state.page.rows.count == 9)
        await session.press("f")
        #expect(session.state.page.rows.map(\.key) == ["q-11"])
        #expect(session.text.contains("rate limited"))
        await session.press("f")  // back to all
        #expect(session.state.page.rows.count == 13)
        await session.press("/")
        await session.type("cannot answer 8")
        await session.press("enter")
        #expect(session.state.page.rows.map(\.key) == ["q-8"])
        #expect(session.text.contains("search: \"cannot answer 8\""))
        await session.press("/")
        for _ in 0..<20 { session.runtime.dispatch(.evals(.promptInput(.deleteBackward))) }
        await session.press("/")
        await session.type("zzz")
        await session.press("enter")
        #expect(session.state.page.rows.isEmpty)
        #expect(session.text.contains("No case matches."))
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func compareShowsThePairedTableFlipsAndBothOutputsWithAWordDiff(width: Int, height: Int) async throws {
        let session = try await EvalsSession(size: Size(width: width, height: height))
        await session.press("3", "z", "c")
        #expect(session.runtime.state.message?.text == "A: gpt-4.1; now c on the run to compare it with (B)")
        #expect(session.text.contains("A model     gpt-4.1"))
        await session.press("j", "c")
        try ScreenSnapshot.check(session.lines, named: "evals-compare-\(width)x\(height)")
        #expect(session.state.screen == .compare)
        let comparison = try #require(session.state.comparison)
        #expect(comparison.paired == 12 && comparison.bOnly == 4 && comparison.aOnly == 1)
        #expect(comparison.unpairedA == ["q-13"])
        // The flips, in A's order, both ways.
        #expect(session.state.page.rows.map(\.key) == ["q-2", "q-4", "q-5", "q-8", "q-11"])
        let text = session.text
        #expect(text.contains("both pass 7"))
        #expect(text.contains("A only 1"))
        #expect(text.contains("B only 4"))
        #expect(text.contains("unpaired 1/0"))
        #expect(text.contains("McNemar p = 0.3750"))
        #expect(text.contains("no detectable difference"))
        #expect(text.contains("filter: flips (5)"))
        // Both outputs of the first flip, the changed words marked in the theme's diff styles.
        #expect(text.contains("A gpt-4.1 output"))
        #expect(text.contains("B lora-r16 output"))
        // On the narrow screen the outputs are further down (J scrolls to them).
        guard width >= 100 else { return }
        let screen = session.terminal.screen
        let removed = try #require(screen.style(of: "\"5\")"))
        #expect(removed.foreground == .error && removed.attributes.contains(.reverse))
        let added = try #require(screen.style(of: "nodes"))
        #expect(added.foreground == .success && added.attributes.contains(.reverse))
        #expect(screen.style(of: "repository(name:")?.attributes.contains(.reverse) == false)
    }

    @Test func theCompareFilterCyclesFromFlipsAndBackGoesToTheRuns() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "z", "c", "j", "c", "f")
        #expect(session.state.filter == .all)
        #expect(session.state.page.rows.count == 12)  // paired cases only: q-13 is in A alone
        await session.press("f")
        #expect(session.state.page.rows.map(\.key) == ["q-4"])  // B's failures
        await session.press("h")
        #expect(session.state.screen == .runs)
        await session.press("h")
        #expect(session.runtime.state.fullScreenPane == nil)
        // The home quarter keeps the last comparison in one line.
        #expect(session.text.contains("lora-r16 vs gpt-4.1: +25.0 pts [-8.3, +58.3], McNemar p"))
        #expect(session.text.contains("no detectable difference"))
    }

    @Test func controlLRereadsTheCaseScreenAfterAnotherProcessOverrides() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "z", "l")
        try session.store.setEvalOverride(runID: session.runIDs[0], caseKey: "q-1", to: EvalOverride(
            runID: session.runIDs[0], caseKey: "q-1", pass: false, note: "from the CLI", created: Date()))
        #expect(session.state.selectedRow?.a.isOverridden == false)
        await session.press("ctrl-l")
        #expect(session.state.selectedRow?.a.isOverridden == true)
        #expect(session.text.contains("✎ fail by hand: from the CLI (imported: pass)"))
        #expect(session.text.contains("passed 8 (62%)"))
    }

    @Test func aClickSelectsARun() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "z")
        // The second run's row: the border, the header line, then the runs.
        session.runtime.handle(.mouse(MouseEvent(.press, x: 10, y: 4)))
        await session.settle()
        #expect(session.state.selectedRun == 1)
    }

    @Test func untrustedOutputNeverReachesTheTerminalAsControlSequences() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "z", "l")
        for _ in 0..<6 { await session.press("j") }
        #expect(session.state.selectedRow?.key == "q-7")
        #expect(session.text.contains("query { user ^[[31m(login:"))
        #expect(!session.terminal.screen.cells.contains { $0.grapheme.unicodeScalars.contains { Sanitizer.isControl($0) } })
    }
}

/// Human overrides of a case's verdict: stored beside the imported one, shown with a mark, undone with `u`.
@Suite struct EvalsOverrideTests {
    @Test func overrideWithANoteThenUndo() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        let runA = session.runIDs[0]
        await session.press("3", "z", "l", "j", "o")
        guard session.runtime.state.evals.prompt != nil else {
            Issue.record("no prompt: \(String(describing: session.runtime.state.message))")
            return
        }
        #expect(session.lines.last == "q-2 → PASS by hand, note:")
        await session.type("first: \"5\" is fine here")
        await session.press("enter")
        let stored = try #require(try session.store.evalOverrides(runID: runA).first)
        #expect(stored.caseKey == "q-2" && stored.pass && stored.note == "first: \"5\" is fine here")
        // The imported verdict stays; the run's figures and the list follow the override.
        #expect(try session.store.evalCase(runID: runA, key: "q-2")?.imported.pass == false)
        #expect(try session.store.evalRun(id: runA).passed == 10)
        #expect(session.runtime.state.message?.text == "q-2: pass by hand (first: \"5\" is fine here) (u to undo)")
        #expect(session.state.selectedRow?.a == EvalCaseVerdict(pass: true, score: 1, isOverridden: true, hasError: false))
        #expect(session.text.contains("✎ pass by hand: first: \"5\" is fine here (imported: fail)"))
        #expect(session.text.contains("passed 10 (77%)"))
        #expect(session.terminal.screen.style(of: "✎")?.foreground == .warning)
        await session.press("u")
        #expect(try session.store.evalOverrides(runID: runA).isEmpty)
        #expect(try session.store.evalRun(id: runA).passed == 9)
        #expect(session.runtime.state.message?.text == "undone: q-2: back to its imported verdict (Ctrl-R redo)")
        #expect(session.state.selectedRow?.a.isOverridden == false)
        await session.press("u")
        #expect(session.runtime.state.message == StatusMessage("nothing to undo in evals", kind: .warning))
    }

    @Test func undoReachesAnOverrideMadeBeforeARestart() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "z", "l", "j", "o")
        await session.type("keep")
        await session.press("enter")
        #expect(try session.store.evalOverrides(runID: session.runIDs[0]).count == 1)
        // A new app on the same project file: its pane state starts empty, the log is in the file.
        let reopened = try await EvalsSession(reopening: session)
        await reopened.press("3", "z", "u")
        #expect(try session.store.evalOverrides(runID: session.runIDs[0]).isEmpty)
        #expect(reopened.runtime.state.message?.text == "undone: q-2: back to its imported verdict (Ctrl-R redo)")
    }

    @Test func overridingBInACompareChangesTheComparisonAndTwoOverridesUndoInOrder() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "z", "c", "j", "c")
        #expect(session.state.selectedRow?.key == "q-2")
        await session.press("o")
        await session.type("wrong schema")
        await session.press("enter")  // B's q-2: pass → fail, so it is no longer a flip
        #expect(try session.store.evalOverrides(runID: session.runIDs[1]).map(\.pass) == [false])
        #expect(session.state.comparison?.bOnly == 3)
        await session.press("O", "enter")  // A's verdict on the selected case, no note
        #expect(try session.store.evalOverrides(runID: session.runIDs[0]).count == 1)
        await session.press("u")
        #expect(try session.store.evalOverrides(runID: session.runIDs[0]).isEmpty)
        #expect(try session.store.evalOverrides(runID: session.runIDs[1]).count == 1)
        await session.press("u")
        #expect(try session.store.evalOverrides(runID: session.runIDs[1]).isEmpty)
        #expect(session.state.comparison?.bOnly == 4)
    }

    @Test func overrideKeysExplainWhyTheyAreDisabled() async throws {
        let session = try await EvalsSession(size: Size(width: 120, height: 36))
        await session.press("3", "o")
        #expect(session.runtime.state.message?.text == "evals-override: zoom the Evals pane first (z)")
        await session.press("z", "o")
        #expect(session.runtime.state.message?.text == "evals-override: open a run's cases first (l)")
        await session.press("l", "O")
        #expect(session.runtime.state.message?.text == "evals-override-a: only when comparing (O is A's)")
    }
}

/// The smallest screens still show the comparison, stacked, and scroll the case.
@Suite struct EvalsSmallScreenTests {
    @Test func compareAtFiftyByFourteen() async throws {
        let session = try await EvalsSession(size: Size(width: 50, height: 14))
        await session.press("3", "z")
        #expect(session.text.contains("Ladder"))
        await session.press("c", "j", "c")
        #expect(session.state.screen == .compare)
        try ScreenSnapshot.check(session.lines, named: "evals-compare-50x14")
        #expect(session.text.contains("A✘  B✔  q-2"))
        await session.press("J", "J", "J", "space")
        #expect(session.state.detailOffset == 13)
        #expect(!session.text.contains("q-2  A ✘ fail"))  // the case scrolled past its header
    }
}
