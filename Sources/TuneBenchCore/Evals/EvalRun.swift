import Foundation

/// An eval run: one model or configuration graded on a set of cases.
public struct EvalRun: Sendable, Equatable {
    public var name: String
    /// The tool or format it came from: `promptfoo`, `inspect_ai`, `jsonl`, `csv`, `tunebench-grade`.
    public var source: String
    /// The model or provider the tool named, if any.
    public var model: String?
    /// When the tool ran it, if the file says.
    public var created: Date?
    /// The ladder rung the run stands for; nil until the user says.
    public var rung: Rung?
    public var cases: [EvalCase]
    /// What the user should know about the import that is no error (a log still being written), one sentence each.
    public var notes: [String] = []

    public init(name: String, source: String, model: String? = nil, created: Date? = nil, rung: Rung? = nil, cases: [EvalCase]) {
        self.name = name
        self.source = source
        self.model = model
        self.created = created
        self.rung = rung
        self.cases = cases
    }

    /// Cases that passed.
    public var passedCount: Int { cases.reduce(0) { $0 + ($1.pass ? 1 : 0) } }
}
