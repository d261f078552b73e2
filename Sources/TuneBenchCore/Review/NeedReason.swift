/// Why the need queue puts an example where it is; the cases are in queue order (errors first).
public enum NeedReason: Sendable, Equatable {
    /// Validation errors (their categories, in check order).
    case validationError([CheckCategory])
    /// A member of a duplicate group of `size` examples; `exact` when every member has the same content.
    case duplicateGroup(size: Int, exact: Bool)
    /// A token count beyond the dataset's fence (`bound`, its p99 or p1); `estimated` without exact counts.
    case tokenOutlier(TokenOutlier)
    /// The assistant reply fails the project's grader (`JSON Schema`, `GraphQL`).
    case graderFailure(grader: String)
    /// Flagged for a second look.
    case flagged

    /// The queue's section this reason belongs to (0 first).
    public var rank: Int {
        switch self {
        case .validationError: 0
        case .duplicateGroup: 1
        case .tokenOutlier: 2
        case .graderFailure: 3
        case .flagged: 4
        }
    }

    /// The short sentence shown beside the example: `validation error: turn_order`, `near-duplicate group of 3`,
    /// `tokens 9,812: outlier (p99 1,204)`, `fails the JSON Schema grader`, `flagged`.
    public var text: String {
        switch self {
        case .validationError(let categories):
            "validation error: " + categories.map(\.rawValue).joined(separator: ", ")
        case .duplicateGroup(let size, let exact):
            "\(exact ? "exact" : "near")-duplicate group of \(size)"
        case .tokenOutlier(let outlier):
            outlier.text
        case .graderFailure(let grader):
            "fails the \(grader) grader"
        case .flagged:
            "flagged"
        }
    }

    /// The section's stable name (`error`, `duplicate`, `outlier`, `grader`, `flagged`).
    public var kind: String {
        switch self {
        case .validationError: "error"
        case .duplicateGroup: "duplicate"
        case .tokenOutlier: "outlier"
        case .graderFailure: "grader"
        case .flagged: "flagged"
        }
    }
}

/// One token count outside its dataset's usual range.
public struct TokenOutlier: Sendable, Equatable {
    public var tokens: Int
    /// The percentile it is beyond: p99 for a long example, p1 for a short one.
    public var bound: Int
    public var isLong: Bool
    /// The counts are estimates (no rank file): the text says so.
    public var estimated: Bool

    public init(tokens: Int, bound: Int, isLong: Bool, estimated: Bool) {
        self.tokens = tokens
        self.bound = bound
        self.isLong = isLong
        self.estimated = estimated
    }

    /// `tokens 9,812: outlier (p99 1,204)`; `tokens (estimate) 9,812: ...` when estimated.
    public var text: String {
        "\(TokenFigureMark.tokens(estimated: estimated)) \(Self.grouped(tokens)): outlier (\(isLong ? "p99" : "p1") \(Self.grouped(bound)))"
    }

    /// A whole number with thousands separated by commas (`9,812`), the same in every locale.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
