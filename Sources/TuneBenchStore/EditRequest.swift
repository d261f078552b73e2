import Foundation
import TuneBenchCore

/// A change the user asks for, as a value: what the panes return as an effect (tests compare them) and the
/// runtime hands to ``ProjectStore/perform(_:now:)``. The store turns it into an ``Edit`` inside the write,
/// where it reads the *before* side, so a request never carries stale data.
public enum EditRequest: Sendable, Equatable {
    /// Change an example's review state (status, tags, note).
    case review(exampleID: String, dataset: String?, change: ReviewChange)
    /// One review change on every qualifying example of a filter, as one step of undo.
    case bulkReview(BulkReviewAction, filter: ExampleFilter)
    /// Put an override on an eval case (nil removes it); stamped with the time it is stored.
    case evalOverride(runID: Int64, caseKey: String, verdict: CaseVerdict?)
    /// Change decision answers (nil gives a node back to the evidence).
    case decisionAnswers([String: String?])
    /// Store cost assumptions (nil: back to the default).
    case costAssumptions([CostAssumptionName: AssumptionValue?])
    /// Change a setting the user chose, undone with its scope.
    case setting(key: String, value: String?, scope: EditScope)
    /// Add a runner (a named command that produces eval results).
    case addRunner(Runner)
    /// Remove a runner (its runs stay).
    case removeRunner(name: String)
    /// Undo the last change of a scope (nil: of any).
    case undo(EditScope?)
    /// Redo the change of a scope undone last (nil: of any).
    case redo(EditScope?)

}

/// A human verdict on an eval case as the user gives it (the store stamps the time).
public struct CaseVerdict: Sendable, Equatable {
    public var pass: Bool
    public var note: String

    public init(pass: Bool, note: String) {
        self.pass = pass
        self.note = note
    }
}

extension ProjectStore {
    /// Makes the change a request asks for: one transaction with its edit log entry (undo and redo: the inverse
    /// or the change again, checked first).
    /// - Returns: what was done, or nil when the request changes nothing (the value was already there, no example
    ///   qualified for a bulk change).
    public func perform(_ request: EditRequest, now: Date = Date()) throws -> EditOutcome? {
        switch request {
        case let .review(exampleID, dataset, change):
            return try applyReview(exampleID: exampleID, dataset: dataset, change: change, now: now)
        case let .bulkReview(action, filter):
            return try applyBulkReview(action, filter: filter, now: now)
        case let .evalOverride(runID, caseKey, verdict):
            let override = verdict.map { EvalOverride(runID: runID, caseKey: caseKey, pass: $0.pass, note: $0.note, created: now) }
            return try setEvalOverride(runID: runID, caseKey: caseKey, to: override, now: now)
        case .decisionAnswers(let answers):
            return try changeDecisionAnswers(answers, now: now)
        case .costAssumptions(let values):
            return try changeCostAssumptions(values.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }, now: now)
        case let .setting(key, value, scope):
            return try changeSetting(key, to: value, scope: scope, now: now)
        case .addRunner(let runner):
            return try addRunner(runner, now: now)
        case .removeRunner(let name):
            return try removeRunner(named: name, now: now)
        case .undo(let scope):
            return try undo(scope: scope, now: now)
        case .redo(let scope):
            return try redo(scope: scope, now: now)
        }
    }
}
