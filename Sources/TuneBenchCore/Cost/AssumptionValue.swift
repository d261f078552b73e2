import Foundation

/// The current value of one assumption and where it came from.
public enum AssumptionValue: Equatable, Sendable {
    case number(CostRange)
    case model(String)
}

/// Where an assumption's current value comes from, shown next to it ("default", "user-entered 2026-11-25").
public struct AssumptionProvenance: Equatable, Sendable {
    public enum Origin: String, Sendable {
        case builtIn = "default"
        case dataset = "dataset"
        /// The engineer's measured review pace (`minutes_per_example`).
        case measured = "measured"
        case stored = "user-entered"
        case override = "this computation only"
    }

    public var origin: Origin
    public var detail: String
    /// True for a token figure taken from a dataset counted without rank files: shown with ``TokenFigureMark``.
    public var isTokenEstimate: Bool

    public init(origin: Origin, detail: String, isTokenEstimate: Bool = false) {
        self.origin = origin
        self.detail = detail
        self.isTokenEstimate = isTokenEstimate
    }
}

extension AssumptionValue {
    /// `75 (50-100)`, `40`, or the model name.
    public var displayText: String {
        switch self {
        case .model(let model): return TerminalSafeText.clean(model)
        case .number(let r):
            let value = CostTextReport.number(r.expected)
            return r.hasSpread ? "\(value) (\(CostTextReport.number(r.low))-\(CostTextReport.number(r.high)))" : value
        }
    }

    /// The value as a form's line editor starts from: `50:75:100`, `40` (no range), or the model name, every
    /// digit kept (`0.075`, `264.333…`).
    public var assignmentText: String {
        if case .number(let r) = self, !r.hasSpread { return Self.exact(r.expected) }
        return storedText
    }

    /// The value as `tunebench assume` reads it back as exactly this value, whatever is stored now: always
    /// `LOW:VALUE:HIGH` for a number (a lone `VALUE` would widen a stored range), the name for a model.
    public var storedText: String {
        switch self {
        case .model(let model): model
        case .number(let r): "\(Self.exact(r.low)):\(Self.exact(r.expected)):\(Self.exact(r.high))"
        }
    }

    private static func exact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
