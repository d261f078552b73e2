import TuneBenchCore

/// The cost model's answer with everything it was computed from, so the Cost pane can recompute it on the
/// same frame as an edit (the estimator is pure and takes well under a millisecond).
public struct CostOverview: Equatable, Sendable {
    public var estimate: CostEstimate
    public var assumptions: CostAssumptions
    public var prices: PriceTable
    /// The accepted examples' training tokens: what the dataset-derived assumptions reset to.
    public var trainingTokens: TrainingTokens?

    public init(estimate: CostEstimate, assumptions: CostAssumptions, prices: PriceTable,
                trainingTokens: TrainingTokens? = nil) {
        self.estimate = estimate
        self.assumptions = assumptions
        self.prices = prices
        self.trainingTokens = trainingTokens
    }

    /// Computes the estimate of `assumptions` with `prices`.
    /// - Throws: ``CostInputError`` when a chosen model has no price.
    public init(assumptions: CostAssumptions, prices: PriceTable, trainingTokens: TrainingTokens?) throws {
        self.init(estimate: try CostEstimator.estimate(assumptions: assumptions, prices: prices),
                  assumptions: assumptions, prices: prices, trainingTokens: trainingTokens)
    }

    /// The overview after one `NAME=VALUE` edit, recomputed.
    /// - Throws: ``CostInputError`` with the reason when the edit is impossible (not a number, negative, NaN,
    ///   low > high, a share above 1, a model without a price).
    public func applying(_ edit: AssumptionEdit) throws -> CostOverview {
        var changed = assumptions
        try changed.apply(edit, provenance: AssumptionProvenance(origin: .stored, detail: "user-entered"))
        return try CostOverview(assumptions: changed, prices: prices, trainingTokens: trainingTokens)
    }

    /// The overview with `name` set to `value` (nil: no stored value, the default applies), recomputed.
    /// - Throws: ``CostInputError`` as `applying(_:)`.
    public func setting(_ name: CostAssumptionName, to value: AssumptionValue?) throws -> CostOverview {
        var changed = assumptions
        if let value {
            try changed.set(name, to: value, provenance: AssumptionProvenance(origin: .stored, detail: "user-entered"))
        } else {
            changed.reset(name, trainingTokens: trainingTokens)
        }
        return try CostOverview(assumptions: changed, prices: prices, trainingTokens: trainingTokens)
    }

    /// The value stored for `name`, or nil when its default (or the dataset's figure) applies.
    public func storedValue(_ name: CostAssumptionName) -> AssumptionValue? {
        assumptions.provenance(name).origin == .stored ? assumptions.value(name) : nil
    }
}
