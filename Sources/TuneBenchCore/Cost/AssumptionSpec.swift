/// The definition of one named cost assumption: what it means, its unit, what values are possible and its default.
///
/// Every input of the cost model is one of these; nothing is a hidden constant. Defaults come from the
/// framework's figures (docs: framework.md "Cost of a fine-tuning project") unless `defaultSource` says otherwise.
public struct AssumptionSpec: Sendable, Equatable {
    /// What values an assumption accepts.
    public enum Kind: Sendable, Equatable {
        /// A finite number `>= 0`.
        case nonNegative
        /// A finite number `> 0` (it divides something).
        case positive
        /// A share between 0 and 1.
        case fraction
        /// A model name that must have a price in the price table.
        case model
    }

    /// The stable key used by the CLI (`--set NAME=VALUE`), the store and JSON.
    public let name: String
    public let section: CostSection
    /// A short human label for forms.
    public let label: String
    /// The unit, as shown next to the value ("$/hour", "tokens", "share").
    public let unit: String
    public let kind: Kind
    /// The built-in default for numeric kinds (ignored for `.model`).
    public let defaultRange: CostRange
    /// The built-in default for `.model` kinds.
    public let defaultModel: String?
    /// Where the default comes from, shown with the value.
    public let defaultSource: String

    public init(
        name: String, section: CostSection, label: String, unit: String, kind: Kind,
        defaultRange: CostRange = .exactly(0), defaultModel: String? = nil, defaultSource: String
    ) {
        self.name = name
        self.section = section
        self.label = label
        self.unit = unit
        self.kind = kind
        self.defaultRange = defaultRange
        self.defaultModel = defaultModel
        self.defaultSource = defaultSource
    }

    /// The reason `value` is impossible for this assumption, or nil when it is acceptable.
    public func problem(with value: Double) -> String? {
        guard value.isFinite else { return "\(name) must be a finite number, not \(value)" }
        switch kind {
        case .nonNegative where value < 0: return "\(name) must be >= 0 (\(unit)), got \(value)"
        case .positive where value <= 0: return "\(name) must be > 0 (\(unit)), got \(value)"
        case .fraction where value < 0 || value > 1: return "\(name) is a share between 0 and 1, got \(value)"
        default: return nil
        }
    }

    /// The values the assumption allows, in words, as forms show them next to the unit: `> 0`, `>= 0`,
    /// `0 to 1`, `a model in the price table`.
    public var allowedText: String {
        switch kind {
        case .nonNegative: ">= 0"
        case .positive: "> 0"
        case .fraction: "0 to 1"
        case .model: "a model in the price table"
        }
    }
}
