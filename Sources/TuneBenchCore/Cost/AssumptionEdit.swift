import Foundation

/// One parsed `NAME=VALUE` assignment, before it is checked against the assumption's rules.
///
/// `hourly_rate=90` sets the expected value; `hourly_rate=60:90:120` sets low, expected and high;
/// `tuned_model=ft:gpt-4.1-mini-2025-04-14` chooses a model (colons are part of the name there).
public struct AssumptionEdit: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case expected(Double)
        case range(CostRange)
        case model(String)
    }

    public let name: CostAssumptionName
    public let value: Value

    public init(name: CostAssumptionName, value: Value) {
        self.name = name
        self.value = value
    }

    /// Parses `NAME=VALUE`; throws a `CostInputError` naming the assumption (or the text) when it cannot.
    public init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else {
            throw CostInputError(assumption: text, "expected NAME=VALUE, got '\(text)'")
        }
        let rawName = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let rawValue = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        guard let name = CostAssumptionName(rawValue: rawName) else {
            throw CostInputError(assumption: rawName, "unknown assumption '\(rawName)' (see `tunebench cost PATH` for the names)")
        }
        self.name = name
        if name.isModel {
            value = .model(rawValue)
            return
        }
        let parts = rawValue.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let numbers = try parts.map { part -> Double in
            guard let number = Double(part.trimmingCharacters(in: .whitespaces)) else {
                throw CostInputError(assumption: rawName, "\(rawName) needs a number (\(name.spec.unit)), got '\(part)'")
            }
            return number
        }
        switch numbers.count {
        case 1: value = .expected(numbers[0])
        case 3: value = .range(CostRange(low: numbers[0], expected: numbers[1], high: numbers[2]))
        default:
            throw CostInputError(assumption: rawName, "\(rawName) takes VALUE or LOW:VALUE:HIGH, got '\(rawValue)'")
        }
    }
}
