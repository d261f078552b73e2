import Foundation
import TuneBenchCore

/// What one stored assumption was and became.
public struct AssumptionChange: Equatable, Sendable {
    public var name: CostAssumptionName
    public var before: AssumptionValue
    public var after: AssumptionValue

    public init(name: CostAssumptionName, before: AssumptionValue, after: AssumptionValue) {
        self.name = name
        self.before = before
        self.after = after
    }

    /// `hourly_rate: 75 (50-100) -> 90 (50-100) $/hour`, as `tunebench assume` prints it.
    public var description: String {
        let unit = name.isModel ? "" : " \(name.spec.unit)"
        return "\(name.rawValue): \(before.displayText) -> \(after.displayText)\(unit)"
    }
}

extension ProjectStore {
    /// Applies `NAME=VALUE` assignments (`NAME=LOW:VALUE:HIGH`, a model name for a model) to the project's
    /// assumptions and stores the changed ones, dated `now`, in one transaction. All or nothing: nothing is
    /// stored when any assignment is impossible or a chosen model has no price. `tunebench assume`, the
    /// example projects and the Cost pane all store assumptions through this.
    /// - Returns: each changed assumption, first-mention order.
    /// - Throws: ``CostInputError`` naming the assumption at the first impossible assignment.
    @discardableResult
    public func assume(_ assignments: [String], now: Date = Date()) throws -> [AssumptionChange] {
        let before = try costAssumptions()
        let (after, changed) = try before.applying(
            assignments, provenance: AssumptionProvenance(origin: .stored, detail: "user-entered"), prices: try priceTable())
        try changeCostAssumptions(changed.map { ($0, after.value($0)) }, now: now)
        return changed.map { AssumptionChange(name: $0, before: before.value($0), after: after.value($0)) }
    }

    /// Removes the stored values of `names`, so their defaults (or the dataset's figures) apply again; the
    /// Cost pane's reset.
    /// - Throws: ``CostInputError`` when the defaults leave the model without input (a chosen model's price gone).
    @discardableResult
    public func resetCostAssumptions(_ names: [CostAssumptionName], now: Date = Date()) throws -> [AssumptionChange] {
        let before = try costAssumptions()
        try changeCostAssumptions(names.map { ($0, nil) }, now: now)
        let after = try costAssumptions()
        return names.map { AssumptionChange(name: $0, before: before.value($0), after: after.value($0)) }
    }
}
