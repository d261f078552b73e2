import Foundation

/// `exact`: the output equals `expected`, byte for byte.
struct ExactGrader: Grader {
    let spec = "exact"

    func grade(_ item: GradingInput) -> GraderVerdict {
        switch requireExpected(item) {
        case .failure(let missing): return missing.verdict
        case .success(let expected):
            return item.output == expected ? verdict(true, "output equals expected") : verdict(false, "output differs from expected")
        }
    }
}

/// `normalized`: equal after lowercasing, trimming and collapsing runs of whitespace to one space.
struct NormalizedGrader: Grader {
    let spec = "normalized"

    static func normalize(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func grade(_ item: GradingInput) -> GraderVerdict {
        switch requireExpected(item) {
        case .failure(let missing): return missing.verdict
        case .success(let expected):
            return Self.normalize(item.output) == Self.normalize(expected)
                ? verdict(true, "output equals expected up to case and whitespace")
                : verdict(false, "output differs from expected even ignoring case and whitespace")
        }
    }
}

/// `contains` (the output contains `expected`) or `contains:TEXT` (the output contains TEXT); case-sensitive.
struct ContainsGrader: Grader {
    let spec: String
    let needle: String?

    func grade(_ item: GradingInput) -> GraderVerdict {
        let target: String
        if let needle { target = needle } else {
            switch requireExpected(item) {
            case .failure(let missing): return missing.verdict
            case .success(let expected): target = expected
            }
        }
        return item.output.contains(target) ? verdict(true, "output contains \(reasonQuote(target))") : verdict(false, "output does not contain \(reasonQuote(target))")
    }
}

/// `regex:PATTERN` (or `regex` with `expected` as the pattern): the pattern matches somewhere in the output
/// (NSRegularExpression syntax; anchor with ^…$ for a full match).
struct RegexGrader: Grader, @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe.
    let spec: String
    private let fixed: NSRegularExpression?

    init(spec: String, pattern: String?) throws(EvalInputError) {
        self.spec = spec
        fixed = try pattern.map { pattern throws(EvalInputError) in try Self.compile(pattern, location: "--grader \(spec)") }
    }

    static func compile(_ pattern: String, location: String) throws(EvalInputError) -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: pattern) }
        catch { throw EvalInputError(location: location, message: "invalid regular expression \(reasonQuote(pattern))") }
    }

    func grade(_ item: GradingInput) -> GraderVerdict {
        let regex: NSRegularExpression
        if let fixed { regex = fixed } else {
            switch requireExpected(item) {
            case .failure(let missing): return missing.verdict
            case .success(let pattern):
                do { regex = try Self.compile(pattern, location: item.id) }
                catch { return verdict(false, "expected is not a valid regular expression: \(reasonQuote(pattern))") }
            }
        }
        let range = NSRange(item.output.startIndex..., in: item.output)
        return regex.firstMatch(in: item.output, range: range) != nil
            ? verdict(true, "output matches /\(regex.pattern)/")
            : verdict(false, "output does not match /\(regex.pattern)/")
    }
}

/// `numeric:TOL`: output and expected (trimmed) are numbers within TOL of each other.
struct NumericGrader: Grader {
    let spec: String
    let tolerance: Double

    func grade(_ item: GradingInput) -> GraderVerdict {
        switch requireExpected(item) {
        case .failure(let missing): return missing.verdict
        case .success(let expectedText):
            guard let expected = Double(expectedText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                return verdict(false, "expected \(reasonQuote(expectedText)) is not a number")
            }
            guard let actual = Double(item.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                return verdict(false, "output is not a number")
            }
            let distance = abs(actual - expected)
            return distance <= tolerance
                ? verdict(true, "\(actual) is within \(tolerance) of \(expected)")
                : verdict(false, "\(actual) is \(distance) from \(expected), more than \(tolerance)")
        }
    }
}

/// `max-tokens:N`: the output is at most N tokens under the injected counter (labelled when it estimates).
struct MaxTokensGrader: Grader {
    let spec: String
    let limit: Int
    let counter: any TokenCounter

    func grade(_ item: GradingInput) -> GraderVerdict {
        let count = counter.count(item.output)
        let unit = counter.isExact ? "\(counter.encodingName) tokens" : TokenFigureMark.tokens(estimated: true)
        return count <= limit ? verdict(true, "\(count) \(unit) ≤ \(limit)") : verdict(false, "\(count) \(unit) > \(limit)")
    }
}

/// Short quoted text for reasons: at most 60 characters.
func reasonQuote(_ text: String) -> String {
    text.count <= 60 ? "\"\(text)\"" : "\"\(text.prefix(57))...\""
}
