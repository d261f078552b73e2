import Foundation

/// A human verdict on an eval case, as an edit stores it (the run and case are the edit's).
public struct OverrideVerdict: Sendable, Equatable, Codable {
    public var pass: Bool
    public var note: String
    public var created: Date

    public init(pass: Bool, note: String, created: Date) {
        self.pass = pass
        self.note = note
        self.created = created
    }
}

/// One change of a case's override: the override before and after (nil: none, the imported verdict decides).
public struct EvalOverrideEdit: Sendable, Equatable, Codable {
    public var runID: Int64
    public var caseKey: String
    public var before: OverrideVerdict?
    public var after: OverrideVerdict?

    public init(runID: Int64, caseKey: String, before: OverrideVerdict?, after: OverrideVerdict?) {
        self.runID = runID
        self.caseKey = caseKey
        self.before = before
        self.after = after
    }

    public var inverse: EvalOverrideEdit { EvalOverrideEdit(runID: runID, caseKey: caseKey, before: after, after: before) }
}
