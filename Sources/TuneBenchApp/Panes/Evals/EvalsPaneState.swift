import TuneBenchCore
import TuneBenchStore

/// The Evals pane's own state: the run selection and the compare marks on the runs screen; the window of cases
/// around the selection (never the whole run), the selected case, the filter and search on the case screens; the
/// comparison once computed.
public struct EvalsPaneState: Equatable, Sendable {
    /// A runner running as a job, with the flag that cancels it.
    public struct RunnerJob: Equatable, Sendable {
        public var name: String
        let cancel: CancellationFlag

        public static func == (lhs: RunnerJob, rhs: RunnerJob) -> Bool { lhs.name == rhs.name && lhs.cancel === rhs.cancel }
    }

    /// What the zoomed pane shows.
    public enum Screen: Equatable, Sendable {
        /// The runs table and the ladder.
        case runs
        /// One run's cases.
        case cases
        /// Two runs compared: the paired table, the cases they share, both outputs side by side.
        case compare
    }

    /// A case and both runs' stored values of it, as the detail shows them.
    public struct CaseDetail: Equatable, Sendable {
        public var key: String
        public var a: StoredEvalCase?
        public var b: StoredEvalCase?
        /// The word diff of A's and B's outputs, computed once with the read (long outputs make it costly).
        public var diff: WordDiff.Sides?

        public init(key: String, a: StoredEvalCase?, b: StoredEvalCase? = nil) {
            self.key = key
            self.a = a
            self.b = b
            if let a, let b { diff = WordDiff.diff(a.imported.output, b.imported.output) }
        }
    }

    public var screen = Screen.runs
    /// The search or override note being typed, while the prompt is open.
    public var prompt: EvalsPrompt?
    /// Index into the project's runs (oldest first).
    public var selectedRun = 0
    /// The run marked A with `c`, waiting for B.
    public var markedRun: Int64?
    /// The run listed (A in a comparison).
    public var runID: Int64?
    /// B in a comparison.
    public var otherRunID: Int64?
    public var comparison: PairedComparison?
    public var filter = EvalCaseFilter.all
    public var search: String?
    public var page = EvalCasePage()
    /// The selected case's ordinal (in the listed run).
    public var selected: Int?
    /// The selection's screen row inside the list, kept while moving so the list scrolls like a pager.
    public var cursorRow = 0
    public var detail: CaseDetail?
    public var detailOffset = 0
    /// Page reads answer the newest request only.
    public var pageRequest = 0
    /// The request the page shown answers.
    public var loadedRequest = 0
    /// Comparisons answer the newest request only.
    public var compareRequest = 0
    /// The runner running now, if one is.
    public var runnerJob: RunnerJob?
    /// The watched directories' scan states (what each file looked like), in the project's order.
    public var watches: [ResultsWatch] = []
    /// A scan of the watched directories is under way (one at a time).
    public var watchScanning = false

    public init() {}

    /// The case list's query now, if a case screen is open.
    public var query: EvalCaseQuery? {
        guard let runID else { return nil }
        return EvalCaseQuery(runID: runID, otherRunID: screen == .compare ? otherRunID : nil, filter: filter, search: search)
    }

    public var selectedRow: EvalCaseRow? { selectedIndex.map { page.rows[$0] } }

    /// The filters that make sense on the screen shown: flips only in a comparison.
    var filters: [EvalCaseFilter] { screen == .compare ? [.flips, .all, .failures, .passes, .errors] : [.all, .failures, .passes, .errors] }
}
