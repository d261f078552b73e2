import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The zoomed Cost pane: the assumptions as a form (edit in place, refused with the reason, reset, undo and
/// redo), recomputed on the frame of the edit, the breakdown of every path, and writes to the project file.
@Suite struct CostPaneTests {
    /// The default assumptions and prices, the Cost pane zoomed.
    static func zoomed(width: Int = 120, height: Int = 36) throws -> AppState {
        var snapshot = sampleSnapshot()
        snapshot.cost = .success(try CostOverview(assumptions: CostAssumptions.defaults(), prices: DefaultPrices.table,
                                                  trainingTokens: nil))
        var state = AppState(project: snapshot, size: Size(width: width, height: height))
        _ = update(&state, .focus(.cost))
        _ = update(&state, .toggleZoom)
        return state
    }

    static func overview(_ state: AppState) throws -> CostOverview { try state.project.cost!.get() }

    /// Types `text` into the open editor after clearing it, and presses Enter.
    static func type(_ text: String, into state: inout AppState) -> [Effect] {
        _ = update(&state, .cost(.editInput(.clear)))
        for character in text { _ = update(&state, .cost(.editInput(.insert(character)))) }
        return update(&state, .cost(.editSubmit))
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func zoomedShowsTheFormTheBarsAndTheBreakdown(width: Int, height: Int) throws {
        let grid = render(try Self.zoomed(width: width, height: height))
        try ScreenSnapshot.check(grid.lines(), named: "cost-form-\(width)x\(height)")
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("people"))
        #expect(text.contains("▶ engineer cost"))
        #expect(text.contains("hourly_rate  $/hour  allowed: > 0"))
        #expect(text.contains("12-month total"))
        if width >= 100 {
            #expect(text.contains("break-even vs now"))
            #expect(text.contains("24 months"))
            #expect(text.contains("Over 12 months the cheapest path is"))
            #expect(text.contains("training price $5/1M training tokens: default, no public"))
        }
    }

    @Test func narrowScreensShowTheBreakdownInsteadOfTheFormWithV() throws {
        var state = try Self.zoomed(width: 80, height: 24)
        #expect(KeyResolver.action(for: .character("v"), in: state) == .cost(.toggleBreakdown))
        _ = update(&state, .cost(.toggleBreakdown))
        let grid = render(state)
        try ScreenSnapshot.check(grid.lines(), named: "cost-breakdown-80x24")
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("break-even vs now") && text.contains("24 months") && !text.contains("engineer cost"))
        let wide = try Self.zoomed()
        #expect(KeyResolver.action(for: .character("v"), in: wide) == .showMessage(
            StatusMessage("cost-toggle-breakdown: the form and the breakdown are side by side", kind: .warning)))
    }

    @Test func anEditRecomputesOnTheSameFrameAndIsWrittenInOrder() throws {
        var state = try Self.zoomed()
        let before = try Self.overview(state).estimate.scenario(.fineTunedAPI).total12
        _ = update(&state, .cost(.edit))
        #expect(state.cost.editor?.line.text == "50:75:100")
        #expect(render(state).lines().joined().contains("✎ engineer cost"))
        let effects = Self.type("150", into: &state)
        let value = AssumptionValue.number(CostRange(low: 50, expected: 150, high: 150))
        #expect(effects.compactMap(\.editRequest) == [.costAssumptions([.hourlyRate: value])])
        #expect(state.cost.editor == nil)
        #expect(state.cost.pendingWrites == 1)
        let edited = try Self.overview(state)
        #expect(edited.assumptions.range(.hourlyRate) == CostRange(low: 50, expected: 150, high: 150))
        #expect(edited.estimate.scenario(.fineTunedAPI).total12 > before)
        #expect(render(state).lines().joined().contains("150 (50–150)"))
        // The write comes back: the status bar confirms, and the project is re-read once nothing is pending.
        let change = AssumptionChangeEdit(name: .hourlyRate, before: nil,
                                          after: StoredAssumption(value: value, updatedAt: Date(timeIntervalSince1970: 0)))
        let stored = EditOutcome(action: .apply, edit: .assumption(change), count: 1, sequence: 1,
                                 availability: UndoAvailability(nextUndo: change.name.rawValue))
        let after = update(&state, .cost(.editFinished(EditResult(request: effects[0].editRequest!, tag: 0,
                                                                   outcome: .success(stored)))))
        #expect(after.map(\.summary) == ["reading project"])
        #expect(state.message?.text.hasPrefix("stored: hourly_rate = 150 (50") == true)
        #expect(state.message?.text.hasSuffix("$/hour · u undoes") == true)
    }

    @Test(arguments: [
        ("-5", "hourly_rate must be > 0 ($/hour), got -5.0"),
        ("nan", "hourly_rate must be a finite number, not nan"),
        ("120:90:60", "hourly_rate needs low <= value <= high, got 120.0:90.0:60.0"),
        ("ninety", "hourly_rate needs a number ($/hour), got 'ninety'"),
        ("1:2", "hourly_rate takes VALUE or LOW:VALUE:HIGH, got '1:2'"),
    ])
    func impossibleInputIsRefusedWithTheReasonAndTheFieldStaysOpen(input: String, reason: String) throws {
        var state = try Self.zoomed()
        let shown = try Self.overview(state)
        _ = update(&state, .cost(.edit))
        #expect(Self.type(input, into: &state).isEmpty)
        #expect(state.cost.editor?.problem == reason)
        #expect(state.cost.editor?.line.text == input)
        #expect(try Self.overview(state) == shown)
        #expect(render(state).lines().joined().contains("✘ \(reason.prefix(30))"))
    }

    @Test func aShareAboveOneAndAModelWithoutAPriceAreRefused() throws {
        var state = try Self.zoomed()
        _ = update(&state, .cost(.bottom))
        #expect(state.cost.selectedName == .cacheHitRate || state.cost.selectedName == .tunedModel)
        state.cost.selected = CostForm.fields.firstIndex(of: .cacheHitRate)!
        _ = update(&state, .cost(.edit))
        _ = Self.type("1.5", into: &state)
        #expect(state.cost.editor?.problem == "cache_hit_rate is a share between 0 and 1, got 1.5")
        _ = update(&state, .cost(.editCancel))
        state.cost.selected = CostForm.fields.firstIndex(of: .tunedModel)!
        _ = update(&state, .cost(.edit))
        _ = Self.type("no-such-model", into: &state)
        #expect(state.cost.editor?.problem?.hasPrefix("tuned_model: no price for model 'no-such-model'") == true)
    }

    @Test func refusedEditScreen() throws {
        var state = try Self.zoomed()
        _ = update(&state, .cost(.move(1)))
        _ = update(&state, .cost(.edit))
        _ = Self.type("-40", into: &state)
        let grid = render(state)
        try ScreenSnapshot.check(grid.lines(), named: "cost-edit-refused-120x36")
        #expect(grid.style(of: "✘ hours_per_week must be > 0")?.foreground == .error)
        #expect(grid.lines().last!.contains("Enter store"))
    }

    @Test func undoAndRedoAskTheEditLogAndShowTheFieldTheyChanged() throws {
        var state = try Self.zoomed()
        _ = update(&state, .cost(.move(5)))
        #expect(update(&state, .cost(.undo)).compactMap(\.editRequest) == [.undo(.cost)])
        #expect(update(&state, .cost(.redo)).compactMap(\.editRequest) == [.redo(.cost)])
        #expect(state.cost.pendingWrites == 2)
        // The undo comes back: the field it changed is selected; once nothing is pending the project is re-read.
        let change = AssumptionChangeEdit(name: .hourlyRate, before: nil, after: nil)
        let undone = EditOutcome(action: .undo, edit: .assumption(change), count: 1, sequence: 9, availability: UndoAvailability())
        #expect(update(&state, .cost(.editFinished(EditResult(request: .undo(.cost), tag: 0, outcome: .success(undone))))).isEmpty)
        #expect(state.cost.selectedName == .hourlyRate, "undo shows the field it changed")
        let refused = EditResult(request: .redo(.cost), tag: 0, outcome: .failure(EditFailure("nothing to redo in cost")))
        #expect(update(&state, .cost(.editFinished(refused))).map(\.summary) == ["reading project"])
        #expect(state.message == StatusMessage("nothing to redo in cost", kind: .warning))
    }

    @Test func resetPutsTheDefaultBackAndSaysWhenThereIsNothingToReset() throws {
        var state = try Self.zoomed()
        #expect(update(&state, .cost(.reset)).isEmpty)
        #expect(state.message?.text == "hourly_rate already has its default value")
        _ = update(&state, .cost(.edit))
        _ = Self.type("90", into: &state)
        #expect(update(&state, .cost(.reset)).compactMap(\.editRequest) == [.costAssumptions([.hourlyRate: nil])])
        #expect(try Self.overview(state).assumptions.range(.hourlyRate) == CostRange(low: 50, expected: 75, high: 100))
        #expect(try Self.overview(state).assumptions.provenance(.hourlyRate).origin == .builtIn)
    }

    @Test func aReloadReadBeforeThePendingWriteKeepsTheEditOnScreen() throws {
        var state = try Self.zoomed()
        let stale = state.project
        _ = update(&state, .cost(.edit))
        _ = Self.type("150", into: &state)
        _ = update(&state, .projectLoaded(stale))
        #expect(try Self.overview(state).assumptions[.hourlyRate] == 150)
    }

    @Test func whileEditingPrintableKeysAreTypedAndEnterOnTheHomeScreenZooms() throws {
        var state = try Self.zoomed()
        _ = update(&state, .toggleZoom)
        #expect(KeyResolver.action(for: .enter, in: state) == .cost(.edit))
        _ = update(&state, .cost(.edit))
        #expect(state.fullScreenPane == .cost && state.cost.editor == nil)
        _ = update(&state, .cost(.edit))
        #expect(KeyResolver.action(for: .character("q"), in: state) == .cost(.editInput(.insert("q"))))
        #expect(KeyResolver.action(for: .escape, in: state) == .cost(.editCancel))
        // `:cost-edit` from another pane opens the zoomed Cost pane.
        _ = update(&state, .cost(.editCancel))
        _ = update(&state, .focus(.evals))
        _ = update(&state, .cost(.edit))
        #expect(state.fullScreenPane == .cost)
    }
}

/// The Cost pane in the real runtime over a project file: edits, refusals and undo reach the file.
@Suite struct CostPaneSessionTests {
    @Test func anEditIsStoredUndoWritesTheOldValueBackAndReopeningShowsIt() async throws {
        let session = try await KeySessionTests.Session(size: Size(width: 120, height: 36))
        let path = session.store.path
        await session.press("4", "z", "e")
        for _ in 0..<9 { await session.press("backspace") }
        await session.press("1", "2", "0", "enter")
        #expect(session.lines.last!.contains("stored: hourly_rate = 120 (50-120) $/hour"))
        #expect(try session.store.costAssumptions().range(.hourlyRate) == CostRange(low: 50, expected: 120, high: 120))

        // Refused: the file keeps the last good value and the screen says why.
        await session.press("e", "backspace", "backspace", "backspace", "-", "1", "enter")
        #expect(session.lines.contains { $0.contains("✘ hourly_rate must be > 0 ($/hour), got -1.0") })
        await session.press("esc")
        #expect(try session.store.costAssumptions()[.hourlyRate] == 120)

        await session.press("j", "e", "backspace", "backspace", "3", "0", "enter")
        #expect(try session.store.costAssumptions()[.hoursPerWeek] == 30)
        await session.press("u")
        #expect(try session.store.storedCostAssumptions().map(\.name) == [.hourlyRate])
        #expect(session.lines.last!.contains("undone: hours_per_week: 30 → default (Ctrl-R redo)"))
        await session.press("u")
        #expect(try session.store.storedCostAssumptions().isEmpty)
        await session.press("ctrl-r")
        #expect(try session.store.costAssumptions()[.hourlyRate] == 120)

        try session.store.close()
        let reopened = try ProjectStore.open(path: path)
        #expect(try reopened.costAssumptions().range(.hourlyRate) == CostRange(low: 50, expected: 120, high: 120))
        #expect(try reopened.costAssumptions().provenance(.hourlyRate).origin == .stored)
    }

    @Test func aValueWithoutRangeReplacesAStoredRangeInTheFile() async throws {
        let session = try await KeySessionTests.Session(size: Size(width: 120, height: 36))
        try session.store.assume(["hourly_rate=60:90:120"])
        await session.press("ctrl-l")
        await session.press("4", "z", "e")
        #expect(session.runtime.state.cost.editor?.line.text == "60:90:120")
        await session.press("ctrl-u", "8", "0", ":", "8", "0", ":", "8", "0", "enter")
        #expect(try session.store.costAssumptions().range(.hourlyRate) == .exactly(80))
        #expect(try CostPaneTests.overview(session.runtime.state).assumptions.range(.hourlyRate) == .exactly(80))
    }
}
