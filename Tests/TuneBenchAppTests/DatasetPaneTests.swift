import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The Dataset pane over a real project: the home summary, the list and the detail at two sizes (CJK, emoji,
/// RTL, a 10 KB line, escape sequences), and review sessions driven by keys.
@Suite struct DatasetPaneTests {
    @Test func homeSummaryShowsCountsTargetFindingsAndHistogram() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        try ScreenSnapshot.check(session.lines, named: "dataset-home-120x36")
        let text = session.text
        #expect(text.contains("30 examples"))
        #expect(text.contains("reviewed 0/30"))
        #expect(text.contains("accepted 0  (target: Decision's problem or :target N)"))
        #expect(text.contains("errors 1"))
        #expect(text.contains("tokens/example (estimate) p10"), "the session counts with the estimator")
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func listShowsGlyphIdFirstLineTokensAndBadges(width: Int, height: Int) async throws {
        let session = try await DatasetSession(size: Size(width: width, height: height))
        await session.press("2", "z")
        try ScreenSnapshot.check(session.lines, named: "dataset-list-\(width)x\(height)")
        let text = session.text
        #expect(text.contains("请列出所有仓库"))
        #expect(text.contains("ما هي عاصمة فرنسا"))
        #expect(text.contains("Colour ^[[31mred^[[0m"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("✘2"))  // the record with an empty assistant reply has errors
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func detailShowsRolesPrettyJSONAndVisibleEscapes(width: Int, height: Int) async throws {
        let session = try await DatasetSession(size: Size(width: width, height: height))
        await session.press("2", "z", "j", "j", "j", "j")
        if width < 100 { await session.press("v") }
        try ScreenSnapshot.check(session.lines, named: "dataset-detail-\(width)x\(height)")
        let text = session.text
        #expect(text.contains("Colour ^[[31mred^[[0m and ^[]0;title^G please"))
        #expect(text.contains("\"colour\": \"red\","))  // the assistant's JSON, pretty-printed
        #expect(session.terminal.screen.style(of: "assistant")?.foreground == .assistant)
        #expect(session.terminal.screen.style(of: "system")?.foreground == .system)
    }

    @Test func detailWrapsTheLongLineAndScrollsOnItsOwn() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "j", "j", "j")
        #expect(session.text.contains("│   Long: lorem ipsum"))
        let listBefore = session.lines.map { String($0.prefix(30)) }
        await session.press("space", "space")
        #expect(!session.text.contains("│   Long: lorem ipsum"))  // the detail scrolled past its start...
        #expect(session.text.contains("lorem ipsum lorem"))
        let listAfter = session.lines.map { String($0.prefix(30)) }
        #expect(listAfter.dropLast() == listBefore.dropLast())  // ...and the list did not move
    }

    @Test func toolCallsAndToolDefinitionsAreReadable() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 40))
        await session.press("2", "z", "j", "j", "j", "j", "j")
        let text = session.text
        #expect(text.contains("→ call get_weather [call_1]"))
        #expect(text.contains("\"city\": \"Paris\""))
        #expect(text.contains("tool → reply to call_1"))
        #expect(text.contains("get_weather: Current weather"))
    }

    @Test func acceptRejectFlagAdvanceAndAreStoredBeforeConfirmed() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "a")
        // Review keys only work zoomed: nothing was stored.
        #expect(try session.status(ofRecord: 0) == .pending)
        #expect(session.runtime.state.message?.text == "dataset-accept: zoom the Dataset pane first (z)")
        await session.press("z", "a", "x", "f")
        #expect(try session.status(ofRecord: 0) == .accepted)
        #expect(try session.status(ofRecord: 1) == .rejected)
        #expect(try session.status(ofRecord: 2) == .flagged)
        let id = try session.store.examples()[2].id
        #expect(session.runtime.state.message?.text == "flagged #\(id.prefix(8)) (u to undo)")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[3].id)
        #expect(session.text.contains("reviewed 3"))
    }

    @Test func fastKeysLoseNoDecisionAndUndoRedoFollowTheirOrder() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z")
        // Five decisions and two undos typed before any write comes back.
        await session.pressFast(["a", "a", "x", "f", "a", "u", "u"])
        let statuses = try session.store.examples().prefix(5).map(\.status)
        #expect(statuses == [.accepted, .accepted, .rejected, .pending, .pending])
        #expect(session.runtime.state.dataset.pending.isEmpty)
        await session.press("ctrl-r")
        #expect(try session.status(ofRecord: 3) == .flagged)
        // Redo selects the example it changed.
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[3].id)
        #expect(session.runtime.state.message?.text.hasPrefix("redone: ") == true)
    }

    @Test func undoWithNothingToUndoSaysSo() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "u")
        #expect(session.runtime.state.message == StatusMessage("nothing to undo in dataset", kind: .warning))
        #expect(session.runtime.state.dataset.lastDecision == nil)
    }

    @Test func nextAndPreviousUnreviewedSkipReviewedExamples() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "j", "a", "a", "g")
        // From the first (pending), ] skips the two accepted ones.
        await session.press("]")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[3].id)
        await session.press("[")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[0].id)
        await session.press("[")
        #expect(session.runtime.state.message?.text == "no unreviewed example before this one")
    }

    @Test func bottomAndTopReadNewPages() async throws {
        let session = try await DatasetSession(size: Size(width: 80, height: 24))
        await session.press("2", "z", "G")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[29].id)
        #expect(session.text.contains("Question number 30"))
        await session.press("g")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[0].id)
        await session.press("pgdn")
        #expect(session.runtime.state.dataset.selectedIndex ?? 0 > 10)
    }
}

/// Search, tags, notes and filters typed into the pane's prompt.
@Suite struct DatasetPromptTests {
    @Test func searchFindsCJKAndRepeatsWithNAndShiftN() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "/")
        for character in "星标" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[1].id)
        #expect(session.text.contains("search: \"星标\""))
        #expect(session.terminal.screen.style(of: "星标数")?.attributes.contains(.reverse) == true)  // highlighted
        await session.press("/", "backspace", "backspace", "f", "r", "a", "g", "m", "e", "n", "t", "s", "enter")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[7].id)
        await session.press("n")
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[8].id)
        await session.press("N", "N")
        // Backwards from the first match wraps to the last.
        #expect(try session.runtime.state.dataset.selectedRow?.id == session.store.examples()[29].id)
        await session.press("/", "z", "z", "q", "enter")
        #expect(session.runtime.state.message?.text.hasPrefix("no example contains") == true)
    }

    @Test func tagAndNoteAreStoredAndUndoable() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "t", "n", "e", "s", "t", "e", "d", "enter")
        let first = try session.store.examples()[0].id
        #expect(try session.store.reviewState(of: first).tags == ["nested"])
        #expect(session.runtime.state.message?.text == "tagged #\(first.prefix(8)) nested (u to undo)")
        #expect(session.text.contains("tags: nested"))
        await session.press("m", "o", "k", "enter")
        #expect(try session.store.reviewState(of: first).note == "ok")
        #expect(session.text.contains("note: ok"))
        await session.press("u", "u")
        #expect(try session.store.reviewState(of: first).tags.isEmpty)
    }

    @Test func filterByStatusAndFindingThenClear() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "a", "a", "F")
        for character in "status=accepted" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
        #expect(session.runtime.state.dataset.page.rows.count == 2)
        #expect(session.text.contains("filter: status=accepted"))
        // The prompt opens with the current filter: replace it.
        await session.press("F")
        for _ in 0..<"status=accepted".count { session.runtime.dispatch(.dataset(.promptInput(.deleteBackward))) }
        for character in "error:empty_assistant_content" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
        #expect(try session.runtime.state.dataset.page.rows.map(\.id) == [session.store.examples()[6].id])
        await session.press("F")
        for character in " bogus" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
        #expect(session.runtime.state.message?.kind == .error)
    }
}

/// Changes made by another process (the CLI) show after Ctrl-L.
@Suite struct DatasetReloadTests {
    @Test func controlLRereadsTheListAndTheDetail() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z")
        let first = try session.store.examples()[0].id
        try session.store.applyReview(exampleID: first, change: ReviewChange(status: .rejected, addTags: ["cli"]))
        #expect(!session.text.contains("✘ rejected"))
        await session.press("ctrl-l")
        #expect(session.text.contains("✘ rejected"))
        #expect(session.text.contains("tags: cli"))
        #expect(session.text.contains("reviewed 1"))
    }

    @Test func examplesImportedElsewhereShowAfterControlL() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "G")
        let file = session.directory.path("more.jsonl")
        let record = #"{"messages":[{"role":"user","content":"Imported later"},{"role":"assistant","content":"ok"}]}"#
        try Data((record + "\n").utf8).write(to: URL(fileURLWithPath: file))
        _ = try session.store.importDataset(file: file, options: DatasetImportOptions(counter: EstimatedTokenCounter()))
        await session.press("ctrl-l", "G")
        #expect(session.text.contains("31 examples"))
        #expect(session.runtime.state.dataset.selectedRow?.firstLine == "Imported later")
    }
}

/// The accepted count against what the project's case needs.
@Suite struct DatasetTargetTests {
    @Test func acceptedAgainstTheTargetOfTheProblemAnswered() async throws {
        let session = try await DatasetSession(size: Size(width: 80, height: 24))
        await session.press("z", "l")  // the Decision pane: the first answer, format
        await session.press("z", "2", "z", "a", "a", "z")
        #expect(session.text.contains("accepted 2 / 300 ✘ 298 to go"))
        await session.press("1", "z", "l", "z")  // the next answer, vocabulary, needs 5,000
        #expect(session.text.contains("accepted 2 / 5000 ✘ 4998 to go"))
    }
}

/// A search jump opens the detail where the match is.
@Suite struct DatasetSearchScrollTests {
    @Test func detailOpensAtTheFirstMatch() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 14))
        await session.press("2", "z", "/")
        for character in "18 degrees" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
        #expect(session.runtime.state.dataset.selectedRow?.firstLine == "What is the weather in Paris?")
        #expect(session.text.contains("It is 18 degrees in Paris."))
        #expect(!session.text.contains("#3a6e582b"))  // the detail's header scrolled away
        let screen = session.terminal.screen
        let row = try #require(screen.row(containing: "It is 18 degrees"))
        let column = try #require(screen.column(of: "18 degrees", row: row))
        #expect(screen[column, row].style.attributes.contains(.reverse))
    }
}

/// Wide, right-to-left, very long and escape-laden text never breaks the frame: at both sizes and for each
/// such example selected, the list's divider and the box's right border stay in their columns and no control
/// character reaches the screen.
@Suite struct DatasetHostileTextTests {
    @Test(arguments: [(120, 36), (80, 24)])
    func everyHostileExampleKeepsTheFrame(width: Int, height: Int) async throws {
        let session = try await DatasetSession(size: Size(width: width, height: height))
        await session.press("2", "z")
        for (index, expected) in [(1, "好的 ✅ 🚀"), (2, "باريس"), (3, "lorem ipsum lorem"), (4, "^[[31mred")] {
            session.runtime.dispatch(.dataset(.top))
            for _ in 0..<index { session.runtime.dispatch(.dataset(.move(1))) }
            await session.settle()
            if width < 100 && !session.runtime.state.dataset.showsDetail { await session.press("v") }
            let screen = session.terminal.screen
            #expect(session.text.contains(expected), "example \(index) at \(width)x\(height)")
            #expect(!session.lines.joined().unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            for row in 2..<(height - 2) {
                #expect(screen[width - 1, row].grapheme == "│", "right border, row \(row), example \(index)")
                #expect(screen[0, row].grapheme == "│", "left border, row \(row), example \(index)")
            }
            if width < 100 { await session.press("v") }
        }
    }
}

/// A long system prompt is folded so the turns under it stay on screen; `s` unfolds it.
@Suite struct DatasetSystemPromptTests {
    @Test func longSystemPromptsFoldAndUnfold() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "G")
        let file = session.directory.path("long-system.jsonl")
        let prompt = (1...12).map { "Rule \($0): answer with one query." }.joined(separator: "\\n")
        let record = #"{"messages":[{"role":"system","content":"\#(prompt)"},{"role":"user","content":"Folded question"},"#
            + #"{"role":"assistant","content":"query { viewer { login } }"}]}"#
        try Data((record + "\n").utf8).write(to: URL(fileURLWithPath: file))
        _ = try session.store.importDataset(file: file, options: DatasetImportOptions(counter: EstimatedTokenCounter()))
        await session.press("ctrl-l", "G")
        #expect(session.text.contains("Rule 3: answer"))
        #expect(!session.text.contains("Rule 4: answer"))
        #expect(session.text.contains("… 9 more lines of the system prompt (s unfolds)"))
        #expect(session.text.contains("Folded question"))
        await session.press("s")
        #expect(session.text.contains("Rule 12: answer"))
        #expect(!session.text.contains("more lines of the system prompt"))
    }
}
/// Search through the index the pane keeps current: ranking on request, and the header while it catches up.
@Suite struct DatasetSearchIndexTests {
    @Test func startIndexesThenRWalksMatchesBestFirst() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        #expect(try session.store.searchIndexStatus().isCurrent)  // caught up in the background at start
        #expect(session.runtime.state.dataset.searchIndex?.isCurrent == true)
        await session.press("2", "z", "/")
        for character in "repos" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter", "R")
        let examples = try session.store.examples()
        #expect(session.runtime.state.dataset.selectedRow?.id == examples[0].id)
        #expect(session.text.contains("search: \"repos\" best 1/1"))
        #expect(session.runtime.state.message?.text == "best 1 matches, best first (n/N)")
        await session.press("/", "backspace", "backspace", "backspace", "backspace", "backspace")
        for character in "fragments" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter", "R", "n")
        // Equally long matches keep dataset order.
        #expect(session.runtime.state.dataset.selectedRow?.id == examples[8].id)
        #expect(session.text.contains("best 2/23"))
        await session.press("N", "N")
        #expect(session.runtime.state.dataset.selectedRow?.id == examples[29].id)  // wraps to the last ranked
    }

    @Test func headerSaysWhenSearchesStillScanText() {
        var state = AppState(project: ProjectSnapshot(path: "/p.tunebench", metadata: ProjectMetadata(
            name: "p", problem: "", targetMetric: "", createdAt: Date(), updatedAt: Date())), size: Size(width: 120, height: 30))
        _ = update(&state, .focus(.dataset))
        _ = update(&state, .toggleZoom)
        _ = update(&state, .dataset(.submitted(.search, "fragments")))
        _ = update(&state, .dataset(.searchIndexChecked(SearchIndexStatus(indexedThrough: 10, lastExample: 900))))
        var grid = Grid(size: state.size)
        AppView.render(state, into: &grid)
        #expect(grid.lines().joined().contains("search: \"fragments\" (indexing: text scan)"))
        // The index check arriving in the background leaves the status bar's message alone.
        _ = update(&state, .showMessage(StatusMessage("theme broken.toml:2", kind: .warning)))
        _ = update(&state, .dataset(.searchIndexChecked(SearchIndexStatus(indexedThrough: 900, lastExample: 900))))
        #expect(state.message?.text == "theme broken.toml:2")
        #expect(state.dataset.searchIndex?.isCurrent == true)
    }
}


/// The window of rows follows the screen: on a tall screen, a re-read leaves the selection clear of the window's
/// edge, so walking up from the last example reads the window again now and then, not on every key.
@Suite struct DatasetWindowTests {
    @Test func aTallScreenReadsTheWindowOnlyNowAndThen() async throws {
        let session = try await DatasetSession(size: Size(width: 160, height: 72))
        let file = session.directory.path("many.jsonl")
        let records = (1...700).map { #"{"messages":[{"role":"user","content":"Row \#($0)"},{"role":"assistant","content":"ok"}]}"# }
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        _ = try session.store.importDataset(file: file, options: DatasetImportOptions(counter: EstimatedTokenCounter()))
        await session.press("2", "z", "ctrl-l", "G")
        #expect(session.runtime.state.dataset.selectedRow?.firstLine == "Row 700")
        let before = session.runtime.state.dataset.pageRequest
        for _ in 0..<300 { await session.press("k") }
        #expect(session.runtime.state.dataset.selectedRow?.firstLine == "Row 400")
        let reads = session.runtime.state.dataset.pageRequest - before
        #expect(reads <= 3, "\(reads) window reads for 300 keys")
    }
}
