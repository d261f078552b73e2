import TuneBenchCore
import TuneBenchStore

/// What effects may use: the open project. Passed to background work, never to `update`.
public struct AppEnvironment: Sendable {
    public let store: ProjectStore

    public init(store: ProjectStore) { self.store = store }

    /// The project facts every pane may show.
    public func loadSnapshot() throws -> ProjectSnapshot {
        ProjectSnapshot(path: store.path, metadata: try store.metadata(), recordCounts: try store.recordCounts(),
                        decision: try store.evaluateDecision(), decisionAnswers: try store.decisionAnswers(),
                        evalRuns: try store.evalRuns(), cost: try loadCost())
    }

    /// The cost model on the stored assumptions; an impossible input (a model without a price) is shown, not thrown.
    private func loadCost() throws -> Result<CostOverview, CostInputError> {
        let prices = try store.priceTable()
        let assumptions = try store.costAssumptions()
        do {
            let estimate = try CostEstimator.estimate(assumptions: assumptions, prices: prices, candidate: .fineTunedAPI)
            return .success(CostOverview(
                estimate: estimate, assumptions: assumptions,
                report: CostTextReport.render(estimate: estimate, assumptions: assumptions, prices: prices)))
        } catch let error as CostInputError {
            return .failure(error)
        }
    }
}
