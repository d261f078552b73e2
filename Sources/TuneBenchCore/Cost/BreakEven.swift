import Foundation

/// Where a candidate path starts costing less than a baseline.
public enum BreakEven {
    /// The first whole month after which the candidate's cumulative cost is at or below the baseline's:
    /// ⌈(one-time₍c₎ − one-time₍b₎) / (monthly₍b₎ − monthly₍c₎)⌉, 0 when the candidate is never dearer, nil when it
    /// never catches up (its monthly cost is not lower and its one-time cost is higher).
    public static func month(candidate c: ScenarioCost, baseline b: ScenarioCost) -> Int? {
        let extraUpFront = c.oneTime - b.oneTime
        let monthlySaving = b.monthly - c.monthly
        if extraUpFront <= 0 && monthlySaving >= 0 { return 0 }
        guard monthlySaving > 0 else { return nil }
        return Int((extraUpFront / monthlySaving).rounded(.up))
    }

    /// The calls per month at which the two paths cost the same over `months` months, solving
    /// one₍c₎ + H(fixed₍c₎ + V·call₍c₎) = one₍b₎ + H(fixed₍b₎ + V·call₍b₎) for V. Nil when the costs per call are
    /// equal or the solution is negative (one path is cheaper at every volume).
    public static func volume(candidate c: ScenarioCost, baseline b: ScenarioCost, months: Double) -> Volume? {
        let perCallSaving = b.costPerCall - c.costPerCall
        guard perCallSaving != 0 else { return nil }
        let v = (c.oneTime - b.oneTime + months * (c.fixedMonthly - b.fixedMonthly)) / (months * perCallSaving)
        guard v >= 0, v.isFinite else { return nil }
        return Volume(callsPerMonth: v, candidateCheaperAbove: perCallSaving > 0, months: months)
    }

    /// A break-even volume.
    public struct Volume: Equatable, Sendable {
        public var callsPerMonth: Double
        /// True when the candidate is the cheaper path above this volume (false: below it).
        public var candidateCheaperAbove: Bool
        /// The horizon the totals were compared over.
        public var months: Double
    }
}
