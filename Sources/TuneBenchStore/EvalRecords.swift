import Foundation
import TuneBenchCore

/// An eval run as stored, with its figures after human overrides.
public struct StoredEvalRun: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var source: String
    /// The file it was imported or graded from.
    public var sourceFile: String?
    public var model: String?
    /// When the tool ran it, if the file said.
    public var created: Date?
    public var imported: Date
    public var rung: Rung?
    public var cases: Int
    /// Passed cases, overrides applied.
    public var passed: Int
    /// Sum of case scores, overrides applied (an overridden case scores 1 or 0).
    public var scoreSum: Double
    public var errors: Int
    public var totalCost: Double?
    public var meanLatencyMs: Double?
    /// How many cases carry a human override.
    public var overrides: Int
    /// The runner that made it (`tunebench evals run`), if one did.
    public var runner: String?

    public init(id: Int64, name: String, source: String, sourceFile: String?, model: String?, created: Date?,
                imported: Date, rung: Rung?, cases: Int, passed: Int, scoreSum: Double, errors: Int,
                totalCost: Double?, meanLatencyMs: Double?, overrides: Int, runner: String? = nil) {
        self.id = id
        self.name = name
        self.source = source
        self.sourceFile = sourceFile
        self.model = model
        self.created = created
        self.imported = imported
        self.rung = rung
        self.cases = cases
        self.passed = passed
        self.scoreSum = scoreSum
        self.errors = errors
        self.totalCost = totalCost
        self.meanLatencyMs = meanLatencyMs
        self.overrides = overrides
        self.runner = runner
    }

    public var passRate: Double { cases == 0 ? 0 : Double(passed) / Double(cases) }
    public var passInterval: Interval { Wilson.interval(passed: passed, total: cases) }
    public var meanScore: Double { cases == 0 ? 0 : scoreSum / Double(cases) }
}

/// Where stored runs came from, beyond their file: the runner and its run's number, and the file's content hash.
public struct EvalRunOrigin: Sendable, Equatable {
    public var sourceFile: String?
    public var runner: String?
    public var runnerSequence: Int?
    public var contentHash: String?

    public init(sourceFile: String?, runner: String? = nil, runnerSequence: Int? = nil, contentHash: String? = nil) {
        self.sourceFile = sourceFile
        self.runner = runner
        self.runnerSequence = runnerSequence
        self.contentHash = contentHash
    }
}

/// A human's verdict on one case, kept beside the imported one.
public struct EvalOverride: Sendable, Equatable {
    public var runID: Int64
    public var caseKey: String
    public var pass: Bool
    public var note: String
    public var created: Date

    public init(runID: Int64, caseKey: String, pass: Bool, note: String, created: Date) {
        self.runID = runID
        self.caseKey = caseKey
        self.pass = pass
        self.note = note
        self.created = created
    }
}

/// A stored case: the imported values and, if any, the override that decides it now.
public struct StoredEvalCase: Sendable, Equatable {
    /// Position in the run, from 0.
    public var ordinal: Int
    public var imported: EvalCase
    public var override: EvalOverride?

    public var pass: Bool { override?.pass ?? imported.pass }
    public var score: Double { override.map { $0.pass ? 1 : 0 } ?? imported.score }
}
