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
        case stored = "user-entered"
        case override = "this computation only"
    }

    public var origin: Origin
    public var detail: String

    public init(origin: Origin, detail: String) {
        self.origin = origin
        self.detail = detail
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

    /// The value as `tunebench assume` reads it back exactly: `50:75:100`, `40` (no range), or the model name.
    /// Numbers keep every digit (`0.075`, `264.333…`), so storing this text stores this value.
    public var assignmentText: String {
        switch self {
        case .model(let model): return model
        case .number(let r):
            func exact(_ value: Double) -> String {
                value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
            }
            return r.hasSpread ? "\(exact(r.low)):\(exact(r.expected)):\(exact(r.high))" : exact(r.expected)
        }
    }
}
