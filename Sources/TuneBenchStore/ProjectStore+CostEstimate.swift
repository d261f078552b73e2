import TuneBenchCore

/// The cost model run on a project: the estimate and what it was computed from.
public struct ProjectCost: Sendable {
    public let estimate: CostEstimate
    public let assumptions: CostAssumptions
    public let prices: PriceTable
}

extension ProjectStore {
    /// The cost model on the project's assumptions (training tokens from its accepted examples) and price table,
    /// with `candidate` compared against today's path for the break-even.
    /// - Throws: ``CostInputError`` naming the assumption when the inputs are impossible (a model without a price).
    public func projectCost(candidate: CostScenario = .fineTunedAPI) throws -> ProjectCost {
        let prices = try priceTable()
        let assumptions = try costAssumptions()
        let estimate = try CostEstimator.estimate(assumptions: assumptions, prices: prices, candidate: candidate)
        return ProjectCost(estimate: estimate, assumptions: assumptions, prices: prices)
    }
}
