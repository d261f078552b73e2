import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The Dataset pane: browse the examples a window at a time and review them from the keyboard.
///
/// The list holds only the rows read around the selection; the detail shows the selected example. Review keys
/// (`a` accept, `x` reject, `f` flag, `p` pending) show the new status at once, are written in key order
/// (``TaskKind/ordered``), and the status bar confirms a decision only once it is in the project file.
/// Undo and redo are the store's (its log survives restarts and refuses when the example changed elsewhere).
public enum DatasetPane: Pane {
    public typealias State = DatasetPaneState

    public enum Action: NamedAction, Equatable, ListNavigationAction {
        case load
        case move(Int)
        case page(Int)
        case top
        case bottom
        case detailScroll(Int)
        case toggleDetail
        case toggleSystemPrompt
        case review(ReviewStatus)
        case nextUnreviewed(forward: Bool)
        case undo
        case redo
        case nextMatch(forward: Bool)
        /// Rank the search's matches by relevance; `n`/`N` then walk them best first.
        case rankMatches
        case openPrompt(DatasetPrompt.Purpose)
        case promptInsert(Character)
        case promptDeleteBackward
        case promptCursor(Int)
        case promptComplete
        case promptSubmit
        /// `e`: edit the example's record in `$EDITOR`.
        case edit
        /// The editor ended (what it saved, or why nothing was).
        case editorClosed(DatasetEdit, ExternalEditor.Outcome)
        case editStored(DatasetEdit, DatasetEditOutcome)
        case reopenEditor(DatasetEdit)
        case discardEdit(DatasetEdit)
        /// The answer to the open question (y/n).
        case answer(Bool)
        /// `B`: the bulk menu.
        case openBulkMenu
        /// A bulk action on the current filter: counted first, then confirmed.
        case bulk(BulkReviewAction)
        case bulkCounted(BulkReviewAction, ExampleFilter, Int)
        case bulkConfirmed(BulkReviewAction, ExampleFilter)
        /// `:import FILE` and `:export FILE` (nil: the words after the name were missing).
        case importFile(DatasetImportRequest?)
        case exportFile(DatasetExportRequest?)
        /// `:validate`: every dataset checked again (duplicates too), as `tunebench validate` does.
        case validate
        /// A validation finished: how many examples have errors / warnings.
        case validated(errors: Int, warnings: Int)
        /// An import finished (the file's name, what it stored or why it stored nothing).
        case imported(String, Result<DatasetImportSummary, DatasetImportFailure>)
        /// Scrolls the import problems overlay.
        case problemsScroll(Int)
        /// Shows the last import's problems again.
        case showProblems
        /// `:filter [save NAME | delete NAME | NAME]`: saved filters.
        case filterCommand([String])
        /// `:target N`: the accepted examples to aim for.
        case target([String])
        /// The stored target (nil: the problem's); `announce` says so in the status bar.
        case targetLoaded(Int?, announce: Bool)
        /// The text a prompt was closed with (Enter).
        case submitted(DatasetPrompt.Purpose, String)
        // Results of the pane's store work.
        case pageLoaded(ExamplePage, request: Int)
        case detailLoaded(ExampleDetail)
        case statisticsLoaded(BrowserStatistics)
        case reviewStored(ReviewResult)
        case jumpFound(Int64?, notFound: String, showMatch: Bool = false)
        case searchIndexChecked(SearchIndexStatus)
        case matchesRanked(RankedMatches, search: String)

        public var longName: String {
            switch self {
            case .load: "dataset-load"
            case .move(let delta): delta < 0 ? "dataset-up" : "dataset-down"
            case .page(let delta): delta < 0 ? "dataset-page-up" : "dataset-page-down"
            case .top: "dataset-top"
            case .bottom: "dataset-bottom"
            case .detailScroll(let lines):
                switch lines {
                case 1: "dataset-detail-down"
                case -1: "dataset-detail-up"
                case ..<0: "dataset-detail-page-up"
                default: "dataset-detail-page-down"
                }
            case .toggleDetail: "dataset-toggle-detail"
            case .toggleSystemPrompt: "dataset-toggle-system-prompt"
            case .review(let status):
                switch status {
                case .accepted: "dataset-accept"
                case .rejected: "dataset-reject"
                case .flagged: "dataset-flag"
                case .pending: "dataset-back-to-pending"
                }
            case .nextUnreviewed(let forward): forward ? "dataset-next-unreviewed" : "dataset-previous-unreviewed"
            case .undo: "dataset-undo"
            case .redo: "dataset-redo"
            case .nextMatch(let forward): forward ? "dataset-next-match" : "dataset-previous-match"
            case .rankMatches: "dataset-rank-matches"
            case .openPrompt(let purpose): "dataset-\(purpose.rawValue)"
            case .promptInsert: "dataset-prompt-insert"
            case .promptDeleteBackward: "dataset-prompt-delete-backward"
            case .promptCursor(let delta): delta < 0 ? "dataset-prompt-cursor-left" : "dataset-prompt-cursor-right"
            case .promptComplete: "dataset-prompt-complete"
            case .promptSubmit: "dataset-prompt-submit"
            case .edit: "dataset-edit"
            case .editorClosed: "dataset-editor-closed"
            case .editStored: "dataset-edit-stored"
            case .reopenEditor: "dataset-reopen-editor"
            case .discardEdit: "dataset-discard-edit"
            case .answer(let yes): yes ? "dataset-answer-yes" : "dataset-answer-no"
            case .openBulkMenu: "dataset-bulk"
            case .bulk(let action):
                switch action {
                case .acceptValid: "dataset-bulk-accept-valid"
                case .rejectDuplicates: "dataset-bulk-reject-duplicates"
                case .tag: "dataset-bulk-tag-all"
                }
            case .bulkCounted: "dataset-bulk-counted"
            case .bulkConfirmed: "dataset-bulk-confirmed"
            case .importFile: "import"
            case .exportFile: "export-dataset"
            case .imported: "dataset-imported"
            case .validate: "validate"
            case .validated: "dataset-validated"
            case .problemsScroll(let lines):
                switch lines {
                case 1: "dataset-problems-down"
                case -1: "dataset-problems-up"
                case ..<0: "dataset-problems-page-up"
                default: "dataset-problems-page-down"
                }
            case .showProblems: "dataset-import-problems"
            case .filterCommand: "filter"
            case .target: "target"
            case .targetLoaded: "dataset-target-loaded"
            case .submitted(let purpose, _): "dataset-\(purpose.rawValue)-submitted"
            case .pageLoaded: "dataset-page-loaded"
            case .detailLoaded: "dataset-detail-loaded"
            case .statisticsLoaded: "dataset-statistics-loaded"
            case .reviewStored: "dataset-review-stored"
            case .jumpFound: "dataset-jump-found"
            case .searchIndexChecked: "dataset-search-index-checked"
            case .matchesRanked: "dataset-matches-ranked"
            }
        }
    }

    /// What a store task reports back about a review change (or why there was none).
    public struct ReviewResult: Equatable, Sendable {
        public var sequence: Int
        public var rowID: Int64?
        /// The example's stored status now (nil: nothing changed).
        public var status: ReviewStatus?
        public var tags: [String]?
        public var message: StatusMessage
        /// Select the example (undo and redo show what they changed).
        public var jump = false
        /// Read the list and the detail again (an edit's text, or a bulk change, was undone or redone).
        public var reread = false
    }

    public static let id = PaneID.dataset
    static let group = "Dataset pane"

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
            bind([.character("]")], .nextUnreviewed(forward: true), "next unreviewed example", disabled: reviewDisabled),
            bind([.character("[")], .nextUnreviewed(forward: false), "previous unreviewed example", disabled: reviewDisabled),
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
            bind([], .importFile(nil), "import FILE [--dataset NAME] [--format F]: a dataset file, in the background"),
            bind([], .exportFile(nil), "export-dataset FILE [--format F]: the examples of the filter (status and tag)"),
            bind([], .validate, "validate: check every dataset again (near duplicates after edits), in the background"),
            bind([], .filterCommand([]), "filter save NAME | filter NAME | filter delete NAME: saved filters (in the project)"),
            bind([], .target([]), "target N | target default: the accepted examples to aim for (in the project)"),
            bind([], .showProblems, "show the last import's problems again",
                 disabled: { $0.dataset.lastProblems == nil ? "no import with problems yet" : nil }),
            bind([.character("e")], .edit, "edit the example's record in $EDITOR (validated before it is stored; u undoes)",
                 disabled: DatasetEditFlow.disabled),
        ]
    }

    /// The prompt overlay's keys; printable keys are typed into it.
    static var promptBindings: [AppBinding] {
        let scope = BindingScope.overlay("prompt")
        return [
            AppBinding([.enter], .dataset(.promptSubmit), scope: scope, group: "Prompt", help: "search, tag, note or filter"),
            AppBinding([.tab], .dataset(.promptComplete), scope: scope, group: "Prompt", help: "complete the last word"),
            AppBinding([.backspace], .dataset(.promptDeleteBackward), scope: scope, group: "Prompt",
                       help: "delete the character before the cursor"),
            AppBinding([.left], .dataset(.promptCursor(-1)), scope: scope, group: "Prompt", help: "move the cursor left"),
            AppBinding([.right], .dataset(.promptCursor(1)), scope: scope, group: "Prompt", help: "move the cursor right"),
            AppBinding([.escape], .closeOverlay, scope: scope, group: "Prompt", help: "cancel"),
        ]
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

    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let height = listHeight(context)
        switch action {
        case .load:
            state.detail = nil  // re-read: another process may have changed the example
            return [requestPage(&state, anchor: state.selected.map(PageAnchor.around) ?? .first),
                    .task(AppTask(title: "counting findings", kind: .read) { environment, _ in
                        .dataset(.statisticsLoaded(try environment.store.browserStatistics()))
                    }), DatasetTarget.load()] + catchUpSearchIndex(&state)
        case .move(let delta):
            return move(&state, by: delta, height: height)
        case .page(let delta):
            return move(&state, by: delta * max(1, height - 1), height: height)
        case .top:
            state.cursorRow = 0
            if !state.page.hasBefore, !state.page.rows.isEmpty { return select(&state, index: 0, height: height) }
            state.selected = nil
            return [requestPage(&state, anchor: .first)]
        case .bottom:
            state.cursorRow = height - 1
            if !state.page.hasAfter, !state.page.rows.isEmpty {
                return select(&state, index: state.page.rows.count - 1, height: height)
            }
            state.selected = nil
            return [requestPage(&state, anchor: .last)]
        case .detailScroll(let lines):
            state.detailOffset = max(0, state.detailOffset + lines)
            return []
        case .toggleDetail:
            state.showsDetail.toggle()
            return []
        case .toggleSystemPrompt:
            state.showsFullSystemPrompt.toggle()
            state.detailOffset = 0
            return []
        case .review(let status):
            guard let index = state.selectedIndex else { return [] }
            let row = state.page.rows[index]
            let sequence = state.takeSequence()
            state.pending[row.rowID] = .init(status: status, sequence: sequence)
            var effects = [writeReview(row: row, status: status, sequence: sequence)]
            if status != .pending, index + 1 < state.page.rows.count { effects += move(&state, by: 1, height: height) }
            return effects
        case .nextUnreviewed(let forward):
            let after = state.selected, filter = state.filter
            return [.task(AppTask(title: "finding unreviewed", kind: .ordered) { environment, _ in
                let store = environment.store
                let found = try store.nextUnreviewed(after: after, forward: forward, filter: filter)
                return .dataset(.jumpFound(found, notFound: "no unreviewed example \(forward ? "after" : "before") this one"))
            })]
        case .undo, .redo:
            return [undoOrRedo(undo: action == .undo, sequence: state.takeSequence())]
        case .nextMatch(let forward):
            guard let search = state.search else { return [] }
            if let ranked = state.ranked, !ranked.rowIDs.isEmpty {
                state.rankedPosition = (state.rankedPosition + (forward ? 1 : -1) + ranked.rowIDs.count) % ranked.rowIDs.count
                state.detailFollowsMatch = true
                return jump(&state, to: ranked.rowIDs[state.rankedPosition], height: height)
            }
            return [findMatch(search, after: state.selected, forward: forward, state: state)]
        case .rankMatches:
            guard let search = state.search else { return [] }
            let filter = state.filter
            return [.task(AppTask(title: "ranking matches", kind: .read) { environment, progress in
                .dataset(.matchesRanked(try environment.store.rankedMatches(of: search, filter: filter,
                                                                            progress: progress.report), search: search))
            })]
        case .searchIndexChecked(let status):
            state.searchIndex = status
            state.isIndexing = false
            return []
        case .matchesRanked(let ranked, let search):
            guard search == state.search, let first = ranked.rowIDs.first else { return [] }
            state.ranked = ranked
            state.rankedPosition = 0
            state.detailFollowsMatch = true
            return jump(&state, to: first, height: height)
        case .submitted(let purpose, let text):
            return submitted(&state, purpose, text, height: height)
        case .openPrompt, .promptInsert, .promptDeleteBackward, .promptCursor, .promptComplete, .promptSubmit, .answer:
            return []  // the app handles the prompt and question overlays (DatasetPromptFlow)
        case .edit:
            return DatasetEditFlow.start(state)
        case .editorClosed(let edit, let outcome):
            return DatasetEditFlow.editorClosed(edit, outcome)
        case .editStored(let edit, let outcome):
            return DatasetEditFlow.editStored(&state, edit, outcome)
        case .reopenEditor(let edit):
            return [DatasetEditFlow.openEditor(edit)]
        case .discardEdit, .openBulkMenu:
            return []
        case .bulk(let action):
            return [DatasetBulkFlow.count(action, filter: state.filter)]
        case .bulkCounted, .imported, .problemsScroll, .showProblems:
            return []  // the app opens the overlays (DatasetPromptFlow)
        case .filterCommand(let words):
            return DatasetSavedFilters.run(words, current: state.filter)
        case .target(let words):
            return DatasetTarget.run(words, current: state.target)
        case .targetLoaded(let target, _):
            state.target = target
            return []
        case .importFile(let request):
            return request.map { [DatasetFileCommands.importJob($0)] } ?? []
        case .validate:
            return [DatasetFileCommands.validateJob()]
        case .validated:
            return reread(&state)
        case .exportFile(let request):
            guard let request else { return [] }
            guard state.filter.category == nil else { return [] }
            return [DatasetFileCommands.exportJob(request, filter: state.filter)]
        case .bulkConfirmed(let action, let filter):
            return [DatasetBulkFlow.apply(action, filter: filter, sequence: state.takeSequence())]
        case .pageLoaded(let page, let request):
            guard request == state.pageRequest else { return [] }
            state.page = page
            if state.selectedIndex == nil { state.selected = page.anchorRowID ?? page.rows.first?.rowID }
            state.cursorRow = min(state.cursorRow, state.selectedIndex ?? 0, max(0, height - 1))
            return loadDetailIfNeeded(state)
        case .detailLoaded(let detail):
            guard detail.row.rowID == state.selected else { return [] }
            if state.detail?.row.rowID != detail.row.rowID { state.detailOffset = 0 }
            state.detail = detail
            if state.detailFollowsMatch, let search = state.search {
                // A search jump opens the detail at the first match.
                state.detailFollowsMatch = false
                state.detailOffset = ExampleDetailView.offset(ofFirst: search, in: detail, width: detailWidth(context),
                                                              height: height)
            }
            return []
        case .statisticsLoaded(let statistics):
            state.statistics = statistics
            return []
        case .reviewStored(let result):
            if let rowID = result.rowID, let pending = state.pending[rowID], pending.sequence <= result.sequence {
                state.pending[rowID] = nil
            }
            if let rowID = result.rowID, let status = result.status {
                if let row = state.page.rows.first(where: { $0.rowID == rowID }), row.status != status,
                   row.status == .accepted || status == .accepted {
                    state.statistics?.countAccepted(tokens: row.tokens, status == .accepted ? 1 : -1)
                }
                state.setStored(status, tags: result.tags, rowID: rowID)
                if result.message.kind == .info { state.lastDecision = result.message.text }
            }
            var effects: [Effect] = []
            if result.reread {
                if result.jump { state.selected = result.rowID ?? state.selected }
                return reread(&state)
            }
            if result.status != nil { effects.append(.task(.loadProject)) }
            if result.jump, let rowID = result.rowID { effects += jump(&state, to: rowID, height: height) }
            return effects
        case .jumpFound(let rowID, _, let showMatch):
            guard let rowID else { return [] }
            state.detailFollowsMatch = showMatch
            return jump(&state, to: rowID, height: height)
        }
    }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        switch mode {
        case .summary: DatasetSummaryView(state: state, project: context.project).render(in: area, into: &grid)
        case .fullScreen: DatasetBrowserView(state: state, context: context).render(in: area, into: &grid)
        }
    }

    /// What the status bar says when a result comes back: a decision is confirmed only once it is stored.
    static func statusMessage(for action: Action) -> StatusMessage? {
        switch action {
        case .reviewStored(let result): result.message
        case .jumpFound(nil, let notFound, _): StatusMessage(notFound, kind: .warning)
        case .editorClosed, .editStored, .discardEdit: DatasetEditFlow.message(action)
        case .bulkCounted(let action, let filter, 0): DatasetBulkFlow.nothingMessage(action, filter: filter)
        case .importFile(nil): StatusMessage(DatasetFileCommands.importUsage, kind: .warning)
        case .exportFile(nil): StatusMessage(DatasetFileCommands.exportUsage, kind: .warning)
        case .exportFile: nil  // a finding filter refuses: said by the app, which sees the filter
        case .imported(let file, let result): DatasetFileCommands.outcome(of: file, result).0
        case .validated(let errors, let warnings):
            StatusMessage("validated: \(DatasetFileCommands.count(errors, "example")) with errors, \(DatasetFileCommands.count(warnings, "example")) with warnings",
                          kind: errors > 0 ? .warning : .info)
        case .targetLoaded(let target?, announce: true): StatusMessage("target: \(target) accepted examples (:target default drops it)")
        case .targetLoaded(nil, announce: true): StatusMessage("target: from the problem answered in Decision")
        case .matchesRanked(let ranked, let search):
            ranked.rowIDs.isEmpty ? StatusMessage("no example matches \"\(search)\"", kind: .warning)
                : StatusMessage(ranked.isRanked ? "best \(ranked.rowIDs.count) matches, best first (n/N)"
                                : "\(ranked.rowIDs.count) matches in dataset order (too short to rank)")
        case .submitted(.filter, let text):
            switch DatasetPromptFlow.parseFilter(text) {
            case .success(let filter): StatusMessage(filter.isEmpty ? "filter cleared" : "filter: \(filter.label)")
            case .failure(let error): StatusMessage(error.description, kind: .error)
            }
        default: nil
        }
    }

    // MARK: - Helpers

    /// Rows the list has: the pane's height less the header line when full screen.
    static func listHeight(_ context: PaneContext) -> Int {
        max(1, context.height - (context.isFullScreen ? 1 : 0))
    }

    /// Columns the detail has: all of the pane's when narrow, what the list leaves when side by side.
    static func detailWidth(_ context: PaneContext) -> Int {
        context.width >= DatasetBrowserView.splitWidth ? context.width - context.width * 45 / 100 - 3 : context.width
    }

    static func move(_ state: inout State, by delta: Int, height: Int) -> [Effect] {
        guard let index = state.selectedIndex, !state.page.rows.isEmpty else { return [] }
        let target = min(max(0, index + delta), state.page.rows.count - 1)
        state.cursorRow = min(max(0, state.cursorRow + target - index), max(0, height - 1))
        return select(&state, index: target, height: height)
    }

    /// Selects a row of the page, reads its detail, and reads a new page when the selection nears an edge.
    static func select(_ state: inout State, index: Int, height: Int) -> [Effect] {
        let row = state.page.rows[index]
        guard row.rowID != state.selected || state.detail?.row.rowID != row.rowID else { return [] }
        state.selected = row.rowID
        state.cursorRow = min(state.cursorRow, index)
        var effects = loadDetailIfNeeded(state)
        let margin = max(40, height * 2)
        if (index < margin && state.page.hasBefore) || (state.page.rows.count - index <= margin && state.page.hasAfter) {
            effects.append(requestPage(&state, anchor: .around(row.rowID)))
        }
        return effects
    }

    /// Reads the page around the selection, its detail, the findings and the project summary again: the
    /// examples' text or many of their states changed.
    static func reread(_ state: inout State) -> [Effect] {
        state.detail = nil
        return [requestPage(&state, anchor: state.selected.map(PageAnchor.around) ?? .first), .task(.loadProject),
                .task(AppTask(title: "counting findings", kind: .read) { environment, _ in
                    .dataset(.statisticsLoaded(try environment.store.browserStatistics()))
                })]
    }

    static func jump(_ state: inout State, to rowID: Int64, height: Int) -> [Effect] {
        if let index = state.page.rows.firstIndex(where: { $0.rowID == rowID }) {
            let current = state.selectedIndex ?? index
            state.cursorRow = min(max(0, state.cursorRow + index - current), max(0, height - 1))
            return select(&state, index: index, height: height)
        }
        state.selected = rowID
        state.cursorRow = height / 3
        return [requestPage(&state, anchor: .around(rowID))]
    }

    static func requestPage(_ state: inout State, anchor: PageAnchor) -> Effect {
        state.pageRequest += 1
        let request = state.pageRequest, filter = state.filter
        return .task(AppTask(title: "reading examples", kind: .read) { environment, _ in
            .dataset(.pageLoaded(try environment.store.examplePage(anchor: anchor, filter: filter), request: request))
        })
    }

    static func loadDetailIfNeeded(_ state: State) -> [Effect] {
        guard let rowID = state.selected, state.detail?.row.rowID != rowID else { return [] }
        return [.task(AppTask(title: "reading example", kind: .read) { environment, _ in
            .dataset(.detailLoaded(try environment.store.exampleDetail(rowID: rowID)))
        })]
    }

    static func writeReview(row: ExampleRow, status: ReviewStatus, sequence: Int) -> Effect {
        write(ReviewChange(status: status), to: row, sequence: sequence, saying: "\(verb(status)) #\(shortID(row.id))")
    }

    /// Writes a review change through the ordered queue and reports it as `saying (u to undo)` once stored.
    static func write(_ change: ReviewChange, to row: ExampleRow, sequence: Int, saying: String) -> Effect {
        .task(AppTask(title: "saving review", kind: .ordered) { environment, _ in
            let store = environment.store
            do {
                let edit = try store.applyReview(exampleID: row.id, dataset: row.dataset, change: change)
                return .dataset(.reviewStored(ReviewResult(
                    sequence: sequence, rowID: row.rowID, status: edit.after.status, tags: edit.after.tags,
                    message: StatusMessage("\(saying) (u to undo)"))))
            } catch {
                return .dataset(.reviewStored(ReviewResult(
                    sequence: sequence, rowID: row.rowID, status: nil,
                    message: StatusMessage("#\(shortID(row.id)) not saved: \(error)", kind: .error))))
            }
        })
    }

    static func submitted(_ state: inout State, _ purpose: DatasetPrompt.Purpose, _ text: String, height: Int) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .search:
            state.search = trimmed.isEmpty ? nil : text
            state.ranked = nil
            guard !trimmed.isEmpty else { return [] }
            return [findMatch(text, after: state.selected, forward: true, state: state)]
        case .tag:
            guard let row = state.selectedRow, !trimmed.isEmpty else { return [] }
            let removing = trimmed.hasPrefix("-")
            let tag = removing ? String(trimmed.dropFirst()) : trimmed
            let change = removing ? ReviewChange(removeTags: [tag]) : ReviewChange(addTags: [tag])
            return [write(change, to: row, sequence: state.takeSequence(),
                          saying: "\(removing ? "untagged" : "tagged") #\(shortID(row.id)) \(tag)")]
        case .bulkTag:
            guard !trimmed.isEmpty else { return [] }
            return [DatasetBulkFlow.count(.tag(trimmed), filter: state.filter)]
        case .note:
            guard let row = state.selectedRow else { return [] }
            if state.detail?.row.rowID == row.rowID { state.detail?.note = text }
            return [write(ReviewChange(note: text), to: row, sequence: state.takeSequence(),
                          saying: "note saved on #\(shortID(row.id))")]
        case .filter:
            guard case .success(let filter) = DatasetPromptFlow.parseFilter(text), filter != state.filter else { return [] }
            state.filter = filter
            state.cursorRow = 0
            return [requestPage(&state, anchor: state.selected.map(PageAnchor.around) ?? .first)]
        }
    }

    static func findMatch(_ text: String, after rowID: Int64?, forward: Bool, state: State) -> Effect {
        let filter = state.filter
        let scanning = state.searchIndex?.isCurrent == false ? " (search index not ready: the text was scanned)" : ""
        return .task(AppTask(title: "searching", kind: .ordered) { environment, _ in
            let store = environment.store
            let found = try store.nextMatch(of: text, after: rowID, forward: forward, filter: filter)
            return .dataset(.jumpFound(found, notFound: "no example contains \"\(text)\"\(scanning)", showMatch: true))
        })
    }

    /// Brings the search index up to date in the background after imports (small batches, so a review write
    /// waits at most one), with progress in the status bar; the header says when searches still scan text.
    static func catchUpSearchIndex(_ state: inout State) -> [Effect] {
        guard !state.isIndexing else { return [] }
        state.isIndexing = true
        return [.task(AppTask(title: "indexing for search", kind: .read) { environment, progress in
            let store = environment.store
            let before = try store.searchIndexStatus()
            if !before.isCurrent {
                _ = try store.buildSearchIndex(batchSize: 250) { done, total in progress.report(Double(done) / Double(max(1, total))) }
            }
            return .dataset(.searchIndexChecked(try store.searchIndexStatus()))
        })]
    }

    static func undoOrRedo(undo: Bool, sequence: Int) -> Effect {
        .task(AppTask(title: undo ? "undoing review" : "redoing review", kind: .ordered) { environment, _ in
            let store = environment.store
            do {
                let edit = undo ? try store.undoReview() : try store.redoReview()
                let rowID = try store.rowID(of: edit.exampleID)
                let what = edit.count > 1 ? "\(edit.count) examples" : "#\(shortID(edit.exampleID))"
                let text: String
                if edit.editedText {
                    text = undo ? "undone: the edit of \(what) (Ctrl-R redo)" : "redone: the edit of \(what) (u to undo)"
                } else {
                    text = undo
                        ? "undone: \(what) back to \(edit.after.status.rawValue) (Ctrl-R redo)"
                        : "redone: \(what) \(verb(edit.after.status)) (u to undo)"
                }
                return .dataset(.reviewStored(ReviewResult(sequence: sequence, rowID: rowID, status: edit.after.status,
                                                           tags: edit.after.tags, message: StatusMessage(text), jump: true,
                                                           reread: edit.editedText || edit.count > 1)))
            } catch {
                return .dataset(.reviewStored(ReviewResult(sequence: sequence, rowID: nil, status: nil,
                                                           message: StatusMessage("\(error)", kind: .warning))))
            }
        })
    }

    static func verb(_ status: ReviewStatus) -> String {
        switch status {
        case .accepted: "accepted"
        case .rejected: "rejected"
        case .flagged: "flagged"
        case .pending: "back to pending"
        }
    }

    /// The first 8 hex digits of an example id: enough to tell examples apart on a screen.
    static func shortID(_ id: String) -> String { String(id.prefix(8)) }
}
