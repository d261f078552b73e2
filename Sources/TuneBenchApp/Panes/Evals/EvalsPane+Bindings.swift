import TerminalUI

/// The Evals pane's keys (listed by `?` and docs/keys.md), why a key does nothing on a screen, its prompt's
/// keys, its status bar hints and what a scroll means to it.
extension EvalsPane {
    @Sendable static func zoomDisabled(_ state: AppState) -> String? {
        state.fullScreenPane == .evals ? nil : "zoom the Evals pane first (z)"
    }

    @Sendable static func runsScreenDisabled(_ state: AppState) -> String? {
        if let reason = zoomDisabled(state) { return reason }
        if state.evals.screen != .runs { return "back to the runs first (h)" }
        return state.project.evalRuns.isEmpty ? "no eval runs yet (tunebench evals import)" : nil
    }

    @Sendable static func caseScreenDisabled(_ state: AppState) -> String? {
        zoomDisabled(state) ?? (state.evals.screen == .runs ? "open a run's cases first (l)" : nil)
    }

    @Sendable static func overrideDisabled(_ state: AppState) -> String? {
        if let reason = caseScreenDisabled(state) { return reason }
        guard let row = state.evals.selectedRow, state.evals.detail?.key == row.key else { return "no case selected" }
        return nil
    }

    @Sendable static func runDisabled(_ state: AppState) -> String? {
        if state.project.runners.isEmpty { return "no runners yet (tunebench evals runner add PATH NAME --command 'CMD')" }
        return state.evals.runnerJob.map { "\($0.name) is running (X cancels it)" }
    }

    public static var bindings: [AppBinding] {
        let scope = id.scope
        func bind(_ keys: [Key], _ action: Action, _ help: String,
                  disabled: @escaping @Sendable (AppState) -> String? = { _ in nil }) -> AppBinding {
            AppBinding(keys, .evals(action), scope: scope, group: group, help: help, disabledReason: disabled)
        }
        return [
            bind([.character("j"), .down], .move(1), "next run or case"),
            bind([.character("k"), .up], .move(-1), "previous run or case"),
            bind([.pageDown], .page(1), "a screenful of cases down"),
            bind([.pageUp], .page(-1), "a screenful of cases up"),
            bind([.character("g"), .home], .top, "first run or case"),
            bind([.character("G"), .end], .bottom, "last run or case"),
            bind([.character("l"), .right], .open, "list the selected run's cases", disabled: runsScreenDisabled),
            bind([.character("h"), .left, .escape], .back,
                 "back to the runs (from the runs: to the home screen)",
                 disabled: { $0.fullScreenPane == nil ? "already on the home screen" : nil }),
            bind([.character("c")], .markForCompare, "mark the run A, then another B: compare them case by case",
                 disabled: runsScreenDisabled),
            bind([.character("f")], .cycleFilter, "next case filter: all, failures, passes, errors (flips when comparing)",
                 disabled: caseScreenDisabled),
            bind([.character("/")], .openPrompt(.search), "list only cases whose key, input or output contains a text",
                 disabled: caseScreenDisabled),
            bind([.character("J")], .detailScroll(1), "scroll the case down", disabled: caseScreenDisabled),
            bind([.character("K")], .detailScroll(-1), "scroll the case up", disabled: caseScreenDisabled),
            bind([.character(" "), .control("d")], .detailScroll(10), "scroll the case a page down", disabled: caseScreenDisabled),
            bind([.character("b"), .control("u")], .detailScroll(-10), "scroll the case a page up", disabled: caseScreenDisabled),
            bind([.character("o")], .openPrompt(.override), "override the case's verdict, with a note (B's when comparing)",
                 disabled: overrideDisabled),
            bind([.character("O")], .openPrompt(.overrideA), "override run A's verdict on the case, with a note",
                 disabled: { overrideDisabled($0) ?? ($0.evals.screen == .compare ? nil : "only when comparing (O is A's)") }),
            bind([.character("u")], .undo, "undo the last override change (survives restarts)", disabled: zoomDisabled),
            bind([.control("r")], .redo, "redo the override change undone last", disabled: zoomDisabled),
            bind([.character("r")], .runRunner(nil),
                 "run the selected run's runner (or the only one; :run NAME for another): import, select, compare",
                 disabled: runDisabled),
            bind([.character("X")], .cancelRunner, "cancel the running runner (its processes are ended, nothing imported)",
                 disabled: { $0.evals.runnerJob == nil ? "no runner is running" : nil }),
            bind([], .watchDirectory(nil), "watch DIR: import results files that appear there while tunebench runs"),
            bind([], .writePairs([]),
                 "pairs A B FILE [--format trl]: DPO preference pairs from the cases where exactly one run passes (as tunebench evals pairs; on a comparison: pairs FILE)"),
        ] + promptBindings
    }

    /// The prompt overlay's keys; printable keys are typed into it.
    static var promptBindings: [AppBinding] {
        let scope = EvalsPrompt.scope
        return [
            AppBinding([.enter], .evals(.promptSubmit), scope: scope, group: "Evals prompt", help: "search, or store the override"),
            AppBinding([.escape], .closeOverlay, scope: scope, group: "Evals prompt", help: "cancel"),
        ] + TextInputBindings.rows(scope: scope, group: "Evals prompt", completes: false) { .evals(.promptInput($0)) }
    }

    /// The footer hints while the pane fills the screen.
    static func hints(_ screen: State.Screen) -> [(TuneBenchApp.Action, String)] {
        switch screen {
        case .runs: [(.evals(.open), "cases"), (.evals(.markForCompare), "compare"), (.evals(.runRunner(nil)), "run"),
                     (.evals(.back), "home")]
        case .cases, .compare:
            [(.evals(.cycleFilter), "filter"), (.evals(.openPrompt(.search)), "search"),
             (.evals(.openPrompt(.override)), "override"), (.evals(.undo), "undo"), (.evals(.back), "runs")]
        }
    }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .listAction(for: command) }
}
