import TuneBenchCore
import TuneBenchStore

/// What effects may use: the open project. Passed to background work, never to `update`.
public struct AppEnvironment: Sendable {
    public let store: ProjectStore
    /// The editor `e` opens examples in.
    public let editor: ExternalEditor

    public init(store: ProjectStore, editor: ExternalEditor = ExternalEditor(command: "vi")) {
        self.store = store
        self.editor = editor
    }

    /// The project facts every pane may show.
    public func loadSnapshot() throws -> ProjectSnapshot {
        // The cost model runs once per reload: the Cost pane shows it and the decision's reasons cite it.
        let tunes = try store.tunes()
        let cost = try loadCost(tunes: tunes)
        let evidence = try store.decisionEvidence(costEstimate: try? cost.get().estimate)
        var snapshot = ProjectSnapshot(
            path: store.path, metadata: try store.metadata(), recordCounts: try store.recordCounts(),
            decision: try store.evaluateDecision(evidence: evidence), decisionAnswers: try store.decisionAnswers(),
            evalRuns: try store.evalRuns(), cost: cost)
        snapshot.reviewCounts = try store.reviewCounts()
        snapshot.reviewPace = try store.reviewPaceReport()
        snapshot.undo = try store.undoAvailabilities()
        snapshot.runners = try store.runners()
        snapshot.watchDirectories = try store.watchDirectories()
        snapshot.tunes = tunes
        return snapshot
    }

    /// The cost model on the stored assumptions; an impossible input (a model without a price) is shown, not thrown.
    private func loadCost(tunes: [TuneStatus]) throws -> Result<CostOverview, CostInputError> {
        do {
            let trainingTokens = try store.trainingTokens(tunes: tunes)
            return .success(try CostOverview(
                assumptions: try store.costAssumptions(trainingTokens: trainingTokens), prices: try store.priceTable(),
                trainingTokens: trainingTokens))
        } catch let error as CostInputError {
            return .failure(error)
        }
    }
}
