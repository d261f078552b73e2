/// What a grader sees of one case: the outputs file's `id`, `input`, `output` and `expected`.
public struct GradingInput: Sendable, Equatable {
    public var id: String
    public var input: String
    public var output: String
    public var expected: String?

    public init(id: String, input: String = "", output: String, expected: String? = nil) {
        self.id = id
        self.input = input
        self.output = output
        self.expected = expected
    }
}

/// A local check of one output. Graders are built from `--grader` specs by a `GraderRegistry`; a new kind (say
/// `graphql:SCHEMA`) is one more conforming type and one `register` call.
public protocol Grader: Sendable {
    /// The spec the grader was built from (`regex:^\d+$`), stored with each verdict.
    var spec: String { get }
    /// The verdict on one case; never throws: a case that cannot be checked fails with the reason.
    func grade(_ item: GradingInput) -> GraderVerdict
}

extension Grader {
    /// A pass (score 1) or a fail (score 0) with its reason.
    func verdict(_ pass: Bool, _ reason: String) -> GraderVerdict {
        GraderVerdict(grader: spec, pass: pass, score: pass ? 1 : 0, reason: reason)
    }

    /// The expected value, or a failing verdict saying it is missing.
    func requireExpected(_ item: GradingInput) -> Result<String, GraderMissingExpected> {
        guard let expected = item.expected else { return .failure(GraderMissingExpected(verdict: verdict(false, "no expected value for this case"))) }
        return .success(expected)
    }
}

/// The failing verdict for a case with no `expected` that needs one.
struct GraderMissingExpected: Error {
    var verdict: GraderVerdict
}
