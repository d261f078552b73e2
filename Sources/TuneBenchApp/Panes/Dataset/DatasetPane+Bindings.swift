import TerminalUI

/// The Dataset pane's keys (the binding table lists them in `?` and docs/keys.md), its status bar hints and
/// what a scroll means to it.
extension DatasetPane {
    /// Why review keys do nothing right now.
    @Sendable static func reviewDisabled(_ state: AppState) -> String? {
        if state.fullScreenPane != .dataset { return "zoom the Dataset pane first (z)" }
        return state.dataset.selectedRow == nil ? "no example selected" : nil
    }

    public static var bindings: [AppBinding] {
        let scope = id.scope
        func bind(_ keys: [Key], _ action: Action, _ help: String,
                  disabled: @escaping @Sendable (AppState) -> String? = { _ in nil }) -> AppBinding {
            AppBinding(keys, .dataset(action), scope: scope, group: group, help: help, disabledReason: disabled)
        }
        return [
            bind([.character("j"), .down], .move(1), "next example"),
            bind([.character("k"), .up], .move(-1), "previous example"),
            bind([.pageDown], .page(1), "a screenful of examples down"),
            bind([.pageUp], .page(-1), "a screenful of examples up"),
            bind([.character("g"), .home], .top, "first example"),
            bind([.character("G"), .end], .bottom, "last example"),
            bind([.character("J")], .detailScroll(1), "scroll the detail down"),
            bind([.character("K")], .detailScroll(-1), "scroll the detail up"),
            bind([.character(" "), .control("d")], .detailScroll(10), "scroll the detail a page down"),
            bind([.character("b"), .control("u")], .detailScroll(-10), "scroll the detail a page up"),
            bind([.character("v")], .toggleDetail, "narrow screens: show the detail instead of the list and back",
                 disabled: { $0.size.width - 4 >= DatasetBrowserView.splitWidth ? "the list and the detail are side by side" : nil }),
            bind([.character("s")], .toggleSystemPrompt, "unfold or fold long system prompts in the detail"),
            bind([.character("a")], .review(.accepted), "accept the example and go to the next", disabled: reviewDisabled),
            bind([.character("x")], .review(.rejected), "reject the example and go to the next", disabled: reviewDisabled),
            bind([.character("f")], .review(.flagged), "flag the example for a second look and go to the next",
                 disabled: reviewDisabled),
            bind([.character("p")], .review(.pending), "put the example back to pending", disabled: reviewDisabled),
            bind([.character("]")], .nextUnreviewed(forward: true), "next unreviewed example (in the order shown)", disabled: reviewDisabled),
            bind([.character("[")], .nextUnreviewed(forward: false), "previous unreviewed example (in the order shown)", disabled: reviewDisabled),
            bind([.character("o")], .cycleOrder, "order: dataset, or need (errors, duplicate groups, outliers, grader failures, flagged first; u undoes)",
                 disabled: zoomDisabled),
            bind([.character("u")], .undo, "undo the last review change (survives restarts)",
                 disabled: { $0.fullScreenPane == .dataset ? nil : "zoom the Dataset pane first (z)" }),
            bind([.control("r")], .redo, "redo the review change undone last",
                 disabled: { $0.fullScreenPane == .dataset ? nil : "zoom the Dataset pane first (z)" }),
            bind([.character("/")], .openPrompt(.search), "search the examples' text (in dataset order)",
                 disabled: zoomDisabled),
            bind([.character("n")], .nextMatch(forward: true), "next search match",
                 disabled: { zoomDisabled($0) ?? ($0.dataset.search == nil ? "no search yet (/)" : nil) }),
            bind([.character("N")], .nextMatch(forward: false), "previous search match",
                 disabled: { zoomDisabled($0) ?? ($0.dataset.search == nil ? "no search yet (/)" : nil) }),
            bind([.character("R")], .rankMatches, "rank the search's matches by relevance (n/N walk them best first)",
                 disabled: { zoomDisabled($0) ?? ($0.dataset.search == nil ? "no search yet (/)" : nil) }),
            bind([.character("t")], .openPrompt(.tag), "tag the example (Tab completes; -tag removes)", disabled: reviewDisabled),
            bind([.character("m")], .openPrompt(.note), "write a note on the example", disabled: reviewDisabled),
            bind([.character("F")], .openPrompt(.filter), "filter by status, tag and finding (Tab completes)",
                 disabled: zoomDisabled),
            bind([.character("B")], .openBulkMenu, "bulk review on the filter: accept valid, reject duplicates, tag all",
                 disabled: zoomDisabled),
            bind([], .bulk(.acceptValid), "accept every valid pending example of the filter (asks first)",
                 disabled: zoomDisabled),
            bind([], .bulk(.rejectDuplicates), "reject the filter's duplicates but the first of each group (asks first)",
                 disabled: zoomDisabled),
            bind([], .openPrompt(.bulkTag), "tag every example of the filter (asks first)", disabled: zoomDisabled),
            bind([], .importFile(nil), "import FILE [--dataset NAME] [--format F] [--columns MAP] …: a dataset file, in the background (as tunebench import)"),
            bind([], .exportFile(nil), "export-dataset FILE [--format F] [--split F] [--seed N] …: the examples of the filter (status and tag; as tunebench export)"),
            bind([], .validate(ValidateJob()), "validate [--dataset NAME] [--token-limit N] …: check every dataset again (near duplicates after edits), in the background"),
            bind([], .filterCommand([]), "filter save NAME | filter NAME | filter delete NAME: saved filters (in the project)"),
            bind([], .target([]), "target N | target default: the accepted examples to aim for (in the project)"),
            bind([], .order([]), "order need | order dataset: the list's order (in the project; o cycles)"),
            bind([], .showProblems, "show the last import's problems again",
                 disabled: { $0.dataset.lastProblems == nil ? "no import with problems yet" : nil }),
            bind([.character("e")], .edit, "edit the example's record in $EDITOR (validated before it is stored; u undoes)",
                 disabled: DatasetEditFlow.disabled),
        ] + DatasetOverlay.bindings
    }

    @Sendable static func zoomDisabled(_ state: AppState) -> String? {
        state.fullScreenPane == .dataset ? nil : "zoom the Dataset pane first (z)"
    }

    /// The footer hints while the pane fills the screen.
    static let hints: [(TuneBenchApp.Action, String)] = [
        (.dataset(.review(.accepted)), "accept"), (.dataset(.review(.rejected)), "reject"),
        (.dataset(.review(.flagged)), "flag"), (.dataset(.edit), "edit"),
        (.dataset(.nextUnreviewed(forward: true)), "next unreviewed"),
        (.dataset(.undo), "undo"), (.dataset(.toggleDetail), "detail"),
    ]

    public static func scrollAction(_ command: ScrollCommand) -> Action { .listAction(for: command) }
}
