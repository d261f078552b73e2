/// What the need queue knows of the listed examples, in dataset order: a column per fact every example has,
/// and maps by index for the few with a finding (a million examples cost about 9 bytes each).
public struct NeedFacts: Sendable, Equatable {
    /// The examples' rowids, in dataset order; the other facts are by index into it.
    public var rowIDs: [Int64]
    public var statuses: [ReviewStatus]
    /// Validation error categories of the examples that have any.
    public var errors: [Int: [CheckCategory]]
    /// The duplicate group of each example in a group of two or more.
    public var groups: [Int: DuplicateMembership]
    /// Token counts outside their dataset's usual range (``TokenOutlierBounds``).
    public var outliers: [Int: TokenOutlier]
    /// The grader (`JSON Schema`, `GraphQL`) whose check the example's assistant reply fails.
    public var graderFailures: [Int: String]

    public init(rowIDs: [Int64], statuses: [ReviewStatus], errors: [Int: [CheckCategory]] = [:],
                groups: [Int: DuplicateMembership] = [:], outliers: [Int: TokenOutlier] = [:],
                graderFailures: [Int: String] = [:]) {
        precondition(rowIDs.count == statuses.count, "one status per example")
        self.rowIDs = rowIDs
        self.statuses = statuses
        self.errors = errors
        self.groups = groups
        self.outliers = outliers
        self.graderFailures = graderFailures
    }
}

/// An example's duplicate group: any stable key shared by its members, their number, and whether they are
/// exact copies.
public struct DuplicateMembership: Sendable, Equatable {
    public var group: Int64
    public var size: Int
    public var exact: Bool

    public init(group: Int64, size: Int, exact: Bool) {
        self.group = group
        self.size = size
        self.exact = exact
    }
}

/// The examples in need order, with why each of the first ones is where it is.
public struct NeedQueue: Sendable, Equatable {
    /// Every listed example, in queue order.
    public var rowIDs: [Int64]
    /// The reasons of the first `reasons.count` examples; those after them are the rest, in dataset order.
    public var reasons: [NeedReason]

    public init(rowIDs: [Int64] = [], reasons: [NeedReason] = []) {
        self.rowIDs = rowIDs
        self.reasons = reasons
    }

    /// Why the example at `index` is there (nil: the rest, in dataset order).
    public func reason(at index: Int) -> NeedReason? { index < reasons.count ? reasons[index] : nil }

    /// How many examples of each section (`error`, `duplicate`, ...) lead the queue.
    public var sectionCounts: [String: Int] { reasons.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    /// The queue without the examples `keep` refuses (a filter), in the same order.
    public func filtered(_ keep: (Int64) -> Bool) -> NeedQueue {
        var ids: [Int64] = [], kept: [NeedReason] = []
        for (index, rowID) in rowIDs.enumerated() where keep(rowID) {
            ids.append(rowID)
            if let reason = reason(at: index) { kept.append(reason) }
        }
        return NeedQueue(rowIDs: ids, reasons: kept)
    }
}

/// The review queue ordered by what most needs a human: examples with validation errors, then members of
/// duplicate groups (each group together, in the order of its first member, so one decision covers it), token
/// length outliers, replies that fail the project's grader, flagged examples, then the rest in dataset order.
///
/// An example sits in the first section any of its facts puts it in. Accepted and rejected examples are decided
/// and join the rest; flagged ones asked for a second look and stay in. Within a section, dataset order.
public enum NeedOrder {
    public static func queue(_ facts: NeedFacts) -> NeedQueue {
        let count = facts.rowIDs.count
        var sections: [[Int]] = [[], [], [], [], []]
        var reasonOf: [Int: NeedReason] = [:]
        var groupMembers: [Int64: [Int]] = [:]
        var groupOrder: [Int64] = []
        for index in 0..<count {
            let status = facts.statuses[index]
            guard status == .pending || status == .flagged, let reason = reason(facts, index) else { continue }
            reasonOf[index] = reason
            if case .duplicateGroup = reason, let group = facts.groups[index]?.group {
                if groupMembers[group] == nil { groupOrder.append(group) }
                groupMembers[group, default: []].append(index)
            } else {
                sections[reason.rank].append(index)
            }
        }
        sections[1] = groupOrder.flatMap { groupMembers[$0]! }
        let leading = sections.joined()
        var placed = [Bool](repeating: false, count: count)
        var rowIDs: [Int64] = [], reasons: [NeedReason] = []
        rowIDs.reserveCapacity(count)
        reasons.reserveCapacity(reasonOf.count)
        for index in leading {
            placed[index] = true
            rowIDs.append(facts.rowIDs[index])
            reasons.append(reasonOf[index]!)
        }
        for index in 0..<count where !placed[index] { rowIDs.append(facts.rowIDs[index]) }
        return NeedQueue(rowIDs: rowIDs, reasons: reasons)
    }

    /// The first reason the example's facts give, or nil.
    static func reason(_ facts: NeedFacts, _ index: Int) -> NeedReason? {
        if let errors = facts.errors[index], !errors.isEmpty { return .validationError(errors.sorted()) }
        if let group = facts.groups[index], group.size > 1 { return .duplicateGroup(size: group.size, exact: group.exact) }
        if let outlier = facts.outliers[index] { return .tokenOutlier(outlier) }
        if let grader = facts.graderFailures[index] { return .graderFailure(grader: grader) }
        if facts.statuses[index] == .flagged { return .flagged }
        return nil
    }
}
