import Foundation
import TuneBenchCore
import TuneBenchStore

/// Opening a run's cases or a comparison, moving through the case window, and the store work (case windows,
/// the comparison, overrides and their undo) as effects.
extension EvalsPane {
    static func openCases(_ state: inout State, runID: Int64, otherRunID: Int64?, height: Int) -> [Effect] {
        state.screen = otherRunID == nil ? .cases : .compare
        state.runID = runID
        state.otherRunID = otherRunID
        state.filter = otherRunID == nil ? .all : .flips
        state.search = nil
        state.page = EvalCasePage()
        state.detail = nil
        state.selected = nil
        state.cursorRow = 0
        state.comparison = nil
        var effects = [requestPage(&state, anchor: .first, height: height)]
        if otherRunID != nil { effects += compare(&state) }
        return effects
    }

    /// Reads the list again from the top after the filter or search changed.
    static func reloadList(_ state: inout State, height: Int) -> [Effect] {
        state.selected = nil
        state.detail = nil
        state.cursorRow = 0
        return [requestPage(&state, anchor: .first, height: height)]
    }

    static func move(_ state: inout State, by delta: Int, height: Int) -> [Effect] {
        guard let target = state.moveTarget(by: delta, height: height) else { return [] }
        return select(&state, index: target, height: height)
    }

    /// Selects a row of the window, reads its case, and reads a new window when the selection nears an edge.
    static func select(_ state: inout State, index: Int, height: Int) -> [Effect] {
        let row = state.page.rows[index]
        guard row.ordinal != state.selected || state.detail?.key != row.key else { return [] }
        let nearsEdge = state.choose(index: index, height: height)
        return loadDetailIfNeeded(state) + (nearsEdge ? [requestPage(&state, anchor: .around(row.ordinal), height: height)] : [])
    }

    static func requestPage(_ state: inout State, anchor: EvalCaseAnchor, height: Int) -> Effect {
        state.pageRequest += 1
        let request = state.pageRequest
        let query = state.query, window = ListWindow(height: height)
        return .task(AppTask(title: "reading cases", kind: .read) { environment, _ in
            guard let query else { return .evals(.pageLoaded(EvalCasePage(), request: request)) }
            return .evals(.pageLoaded(try environment.store.evalCasePage(query, anchor: anchor, before: window.before,
                                                                         after: window.after), request: request))
        })
    }

    static func loadDetailIfNeeded(_ state: State) -> [Effect] {
        guard let row = state.selectedRow, state.detail?.key != row.key, let runID = state.runID else { return [] }
        let other = state.screen == .compare ? state.otherRunID : nil
        return [.task(AppTask(title: "reading case", kind: .read) { environment, _ in
            let store = environment.store
            let b = try other.flatMap { try store.evalCase(runID: $0, key: row.key) }
            return .evals(.detailLoaded(State.CaseDetail(key: row.key, a: try store.evalCase(runID: runID, key: row.key), b: b)))
        })]
    }

    /// Compares B with A on every case they share (overrides applied), off the main loop.
    static func compare(_ state: inout State) -> [Effect] {
        guard let a = state.runID, let b = state.otherRunID else { return [] }
        state.compareRequest += 1
        let request = state.compareRequest
        return [.task(AppTask(title: "comparing runs", kind: .read) { environment, _ in
            let store = environment.store
            return .evals(.compared(PairedComparison.compare(try store.evalOutcomes(runID: a), try store.evalOutcomes(runID: b)),
                                    request: request))
        })]
    }

    static func submitted(_ state: inout State, _ purpose: EvalsPrompt.Purpose, _ text: String, height: Int) -> [Effect] {
        switch purpose {
        case .search:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let search = trimmed.isEmpty ? nil : trimmed
            guard search != state.search else { return [] }
            state.search = search
            return reloadList(&state, height: height)
        case .override(let side, let runID, let key, let pass):
            let note = text.trimmingCharacters(in: .whitespaces)
            // Dated when written (update reads no clock); shown at once, the stored row comes back with the reload.
            let override = EvalOverride(runID: runID, caseKey: key, pass: pass, note: note, created: .distantPast)
            if side == .b { state.detail?.b?.override = override } else { state.detail?.a?.override = override }
            return [writeOverride(override, runID: runID, key: key)]
        }
    }

    /// Asks the store to put `override` on the case (logged for undo, stamped with the time it is written).
    static func writeOverride(_ override: EvalOverride, runID: Int64, key: String) -> Effect {
        .edit(EditEffect(.evalOverride(runID: runID, caseKey: key, verdict: CaseVerdict(pass: override.pass, note: override.note)),
                         from: id))
    }
}
