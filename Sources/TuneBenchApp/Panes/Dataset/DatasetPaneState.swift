import TuneBenchCore
import TuneBenchStore

/// The Dataset pane's own state: a window of the list around the selection (never the dataset), the selected
/// example's detail, review decisions sent but not yet stored, the filter and the search.
public struct DatasetPaneState: Equatable, Sendable {
    /// A decision whose write has not come back yet: the list shows it at once and the next key builds on it.
    public struct PendingReview: Equatable, Sendable {
        public var status: ReviewStatus
        public var sequence: Int
    }

    /// The rows read around the selection.
    public var page = ExamplePage()
    /// The selected example's rowid.
    public var selected: Int64?
    /// The screen row of the selection inside the list, kept while moving so the list scrolls like a pager.
    public var cursorRow = 0
    public var detail: ExampleDetail?
    /// First line of the detail shown.
    public var detailOffset = 0
    /// The next detail read opens at the first search match (set by a search jump).
    public var detailFollowsMatch = false
    /// On narrow screens: the detail replaces the list.
    public var showsDetail = false
    /// Whether the detail shows a long system prompt in full (`s`); folded to its first lines otherwise.
    public var showsFullSystemPrompt = false
    public var filter = ExampleFilter()
    /// The last search text (`n`/`N` repeat it).
    public var search: String?
    /// The search's matches ranked by relevance (`R`); `n`/`N` walk them while set.
    public var ranked: RankedMatches?
    public var rankedPosition = 0
    /// How far the search index has got (nil until checked); the catch-up runs once at a time.
    public var searchIndex: SearchIndexStatus?
    var isIndexing = false
    public var statistics: BrowserStatistics?
    public var pending: [Int64: PendingReview] = [:]
    /// The number the next review write gets, so a stored result clears only the pending marks it covers.
    public var nextSequence = 1
    /// Page reads answer the newest request only.
    public var pageRequest = 0
    /// The last stored decision, for the summary ("accepted #3f2a9c1e (u to undo)").
    public var lastDecision: String?
    /// The problems of the last import that had any (`:dataset-import-problems` shows them again).
    public var lastProblems: DatasetProblemsReport?
    /// The prompt, question, menu or report the pane has open over the screen.
    public var overlay: DatasetOverlay?
    /// The accepted examples to aim for, when the project sets its own (`:target N`).
    public var target: Int?
    /// The list's order (`o`, `:order`; kept in the project as ``ReviewOrder/settingKey``).
    public var order: ReviewOrder = .dataset
    /// The need queue while the order is need: computed once for `queueFilter` (a million rowids, 8 MB), read a
    /// window at a time, and computed again only when the filter changes or the examples were re-read.
    public var queue: NeedQueue?
    var queueFilter: ExampleFilter?
    /// Why each leading example of the queue is there, by rowid, for the list.
    public var reasons: [Int64: NeedReason] = [:]

    public init() {}

    public var selectedRow: ExampleRow? { selectedIndex.map { page.rows[$0] } }

    /// A row's status with a decision in flight applied.
    func status(of row: ExampleRow) -> ReviewStatus { pending[row.rowID]?.status ?? row.status }

    /// Takes the next sequence number.
    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    /// Sets a row's stored status wherever it is shown.
    mutating func setStored(_ status: ReviewStatus, tags: [String]? = nil, rowID: Int64) {
        if let index = page.rows.firstIndex(where: { $0.rowID == rowID }) {
            page.rows[index].status = status
            if let tags { page.rows[index].tags = tags }
        }
        if detail?.row.rowID == rowID {
            detail?.row.status = status
            if let tags { detail?.row.tags = tags }
        }
    }
}
