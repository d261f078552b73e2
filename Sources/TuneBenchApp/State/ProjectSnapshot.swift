import TuneBenchCore
import TuneBenchStore

/// What every pane may show about the project as a whole; reloaded after changes.
public struct ProjectSnapshot: Equatable, Sendable {
    public var path: String
    public var metadata: ProjectMetadata
    /// How many records of each kind the project holds, keyed as in `tunebench info --json` (each domain
    /// adds its kinds to the store's `RecordCounts`, and they show up here by themselves).
    public var recordCounts: [String: Int]
    /// The decision tree evaluated on the stored answers and the project's evidence.
    public var decision: DecisionOutcome?
    /// The answers the user stored (node id → value).
    public var decisionAnswers: [String: String]
    /// Every eval run with its figures after human overrides, oldest first.
    public var evalRuns: [StoredEvalRun]
    /// The cost model on the project's assumptions, or why it cannot be computed.
    public var cost: Result<CostOverview, CostInputError>?
    /// Examples by review status over every dataset (kept counts: never a scan).
    public var reviewCounts = ReviewCounts()
    /// The engineer's measured review pace and the projection to the target (the Dataset pane's header).
    public var reviewPace: ProjectStore.ReviewPaceReport?
    /// What `u` and `Ctrl-R` would do in each pane's scope (from the edit log, so it survives restarts).
    public var undo: [EditScope: UndoAvailability] = [:]
    /// The project's runners (`tunebench evals runner add`), by name.
    public var runners: [Runner] = []
    /// The directories `:watch` registered: results files appearing there are imported while the TUI runs.
    public var watchDirectories: [String] = []
    /// The recorded tune plans, newest first, each with its linked runs and whether its data changed since.
    public var tunes: [TuneStatus] = []

    public init(path: String, metadata: ProjectMetadata, recordCounts: [String: Int] = [:],
                decision: DecisionOutcome? = nil, decisionAnswers: [String: String] = [:],
                evalRuns: [StoredEvalRun] = [], cost: Result<CostOverview, CostInputError>? = nil) {
        self.path = path
        self.metadata = metadata
        self.recordCounts = recordCounts
        self.decision = decision
        self.decisionAnswers = decisionAnswers
        self.evalRuns = evalRuns
        self.cost = cost
    }

    public var name: String { metadata.name }

    /// The counts that are not zero, as `examples 412 · eval_runs 5`, in key order; "" when all are zero.
    public var countsSummary: String {
        recordCounts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            .joined(separator: " · ")
    }

    /// The tune an eval run is linked to (`evals set-rung … --tune ID`), or nil.
    public func tune(forRun runID: Int64) -> TuneStatus? {
        tunes.first { tune in tune.runs.contains { $0.id == runID } }
    }

    /// The tune the Decision pane speaks of, chosen as ``ProjectStore/currentTune()`` chooses it.
    public var currentTune: TuneStatus? { ProjectStore.current(among: tunes) }
}
