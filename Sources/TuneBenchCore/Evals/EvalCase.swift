/// One grader's verdict on one case: which check, pass or fail, its score and why.
public struct GraderVerdict: Codable, Sendable, Equatable {
    /// The grader's name as the user or the tool wrote it (`contains`, `json-schema:s.json`, `model_graded_fact`).
    public var grader: String
    public var pass: Bool
    /// 0...1.
    public var score: Double
    public var reason: String

    public init(grader: String, pass: Bool, score: Double, reason: String) {
        self.grader = grader
        self.pass = pass
        self.score = score
        self.reason = reason
    }
}

/// Token counts of one case, as the tool reported them (any may be missing).
public struct CaseTokens: Codable, Sendable, Equatable {
    public var input: Int?
    public var output: Int?
    public var total: Int?

    public init(input: Int? = nil, output: Int? = nil, total: Int? = nil) {
        self.input = input
        self.output = output
        self.total = total ?? ((input != nil || output != nil) ? (input ?? 0) + (output ?? 0) : nil)
    }
}

/// One graded case of an eval run.
///
/// `key` is stable across runs of the same test (promptfoo: `testIdx` plus a hash of `vars`; inspect: sample id and
/// epoch; generic files: `id`), so two runs pair on it.
public struct EvalCase: Codable, Sendable, Equatable {
    public var key: String
    public var input: String
    public var output: String
    public var expected: String?
    public var pass: Bool
    /// 0...1.
    public var score: Double
    /// Named metric scores (`metric.*` columns, promptfoo `namedScores`, every inspect scorer).
    public var metrics: [String: Double]
    /// Each grader's verdict and reason.
    public var verdicts: [GraderVerdict]
    public var latencyMs: Double?
    public var tokens: CaseTokens?
    /// In US dollars.
    public var cost: Double?
    /// The error the tool reported for this case (the call failed, not an assertion).
    public var error: String?

    public init(
        key: String, input: String, output: String, expected: String? = nil, pass: Bool, score: Double,
        metrics: [String: Double] = [:], verdicts: [GraderVerdict] = [], latencyMs: Double? = nil,
        tokens: CaseTokens? = nil, cost: Double? = nil, error: String? = nil
    ) {
        self.key = key
        self.input = input
        self.output = output
        self.expected = expected
        self.pass = pass
        self.score = score
        self.metrics = metrics
        self.verdicts = verdicts
        self.latencyMs = latencyMs
        self.tokens = tokens
        self.cost = cost
        self.error = error
    }
}
