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

    public enum Action: PaneAction, ListNavigationAction {
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
        /// Typing in the open prompt.
        case promptInput(TextInputAction)
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
        case importFile(ImportJob?)
        case exportFile(ExportJob?)
        /// `:validate`: every dataset checked again (duplicates too), as `tunebench validate` does.
        case validate(ValidateJob)
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
        case targetLoaded(Int?)
        /// `o`: dataset order, then need order, and back (an edit of the project's setting).
        case cycleOrder
        /// `:order need|dataset` (no words: say the order).
        case order([String])
        /// The order the project keeps, read when the pane loads.
        case orderLoaded(ReviewOrder)
        /// The need queue, computed for this filter; the page is then read around `anchor`.
        case queueLoaded(NeedQueue, ExampleFilter, anchor: PageAnchor)
        /// The text a prompt was closed with (Enter).
        case submitted(DatasetPrompt.Purpose, String)
        // Results of the pane's store work.
        case pageLoaded(ExamplePage, request: Int)
        case detailLoaded(ExampleDetail)
        case statisticsLoaded(BrowserStatistics)
        /// A review change (or its undo) is stored, or was refused.
        case editFinished(EditResult)
        case jumpFound(Int64?, notFound: String, showMatch: Bool = false)
        case searchIndexChecked(SearchIndexStatus)
        case matchesRanked(RankedMatches, search: String)

        public var isResult: Bool {
            switch self {
            case .load, .pageLoaded, .detailLoaded, .statisticsLoaded, .jumpFound, .editStored, .bulkCounted, .imported, .validated, .targetLoaded, .orderLoaded, .queueLoaded, .searchIndexChecked, .matchesRanked, .editFinished: true
            default: false
            }
        }

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
            case .promptInput(let input): input.longName(prefix: "dataset-prompt")
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
            case .cycleOrder: "dataset-cycle-order"
            case .order: "order"
            case .orderLoaded: "dataset-order-loaded"
            case .queueLoaded: "dataset-queue-loaded"
            case .submitted(let purpose, _): "dataset-\(purpose.rawValue)-submitted"
            case .pageLoaded: "dataset-page-loaded"
            case .detailLoaded: "dataset-detail-loaded"
            case .statisticsLoaded: "dataset-statistics-loaded"
            case .editFinished: "dataset-edit-finished"
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

    /// Routes an action to the part of the pane it concerns: browsing the list, searching, reviewing, or the
    /// commands (prompts, editor, bulk, files) in `DatasetPane+Commands.swift`.
    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        switch action {
        case .load, .move, .page, .top, .bottom, .detailScroll, .toggleDetail, .toggleSystemPrompt, .nextUnreviewed,
             .pageLoaded, .detailLoaded, .statisticsLoaded, .jumpFound:
            return updateBrowsing(&state, action, context: context)
        case .cycleOrder, .order, .orderLoaded, .queueLoaded:
            return DatasetNeedOrder.update(&state, action, height: listHeight(context))
        case .nextMatch, .rankMatches, .searchIndexChecked, .matchesRanked:
            return updateSearch(&state, action, context: context)
        case .review, .undo, .redo, .editFinished:
            return updateReview(&state, action, context: context)
        case .submitted, .openPrompt, .promptInput, .promptSubmit, .answer, .edit, .editorClosed, .editStored, .reopenEditor,
             .discardEdit, .openBulkMenu, .bulk, .bulkCounted, .bulkConfirmed, .imported, .problemsScroll, .showProblems,
             .filterCommand, .target, .targetLoaded, .importFile, .validate, .validated, .exportFile:
            return updateCommands(&state, action, context: context)
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
        case .editFinished(let edit):
            targetMessage(edit) ?? DatasetNeedOrder.message(edit) ?? reviewResult(edit, pending: [:]).message
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
}
