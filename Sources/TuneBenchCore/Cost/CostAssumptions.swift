import Foundation

/// The values of every cost assumption, each with its provenance.
///
/// Precedence, lowest first: built-in default, the dataset's facts, values stored in the project, `--set`
/// overrides. Build with `CostAssumptions.defaults(trainingTokens:)`, then apply stored and overriding edits.
public struct CostAssumptions: Equatable, Sendable {
    private var values: [CostAssumptionName: AssumptionValue]
    private var provenance: [CostAssumptionName: AssumptionProvenance]

    /// The built-in defaults, with the dataset's training-token facts (when known) taking their place: measured
    /// when they come from a recorded tune plan's training file.
    public static func defaults(trainingTokens: TrainingTokens? = nil) -> CostAssumptions {
        var values: [CostAssumptionName: AssumptionValue] = [:]
        var provenance: [CostAssumptionName: AssumptionProvenance] = [:]
        for name in CostAssumptionName.allCases {
            let spec = name.spec
            values[name] = spec.kind == .model ? .model(spec.defaultModel ?? "") : .number(spec.defaultRange)
            provenance[name] = AssumptionProvenance(origin: .builtIn, detail: spec.defaultSource)
        }
        var result = CostAssumptions(values: values, provenance: provenance)
        if let tokens = trainingTokens, tokens.examples > 0 {
            let origin = AssumptionProvenance(origin: tokens.tune == nil ? .dataset : .measured, detail: tokens.sourceLabel)
            let perExample = Double(tokens.billingTokensPerEpoch) / Double(tokens.examples)
            result.values[.examplesToCurate] = .number(.exactly(Double(tokens.examples)))
            result.values[.tokensPerExample] = .number(.exactly(perExample))
            result.values[.epochs] = .number(.exactly(Double(tokens.epochs)))
            for name in [CostAssumptionName.examplesToCurate, .tokensPerExample, .epochs] {
                result.provenance[name] = origin
            }
            result.provenance[.tokensPerExample]?.isTokenEstimate = !tokens.isExact
        }
        return result
    }

    /// The range of a numeric assumption (a model choice reads as zero).
    public func range(_ name: CostAssumptionName) -> CostRange {
        if case .number(let range) = values[name] { return range }
        return .exactly(0)
    }

    /// The expected value of a numeric assumption.
    public subscript(name: CostAssumptionName) -> Double { range(name).expected }

    /// The model chosen for a model assumption.
    public func model(_ name: CostAssumptionName) -> String {
        if case .model(let model) = values[name] { return model }
        return ""
    }

    /// The value of `name`, number range or model.
    public func value(_ name: CostAssumptionName) -> AssumptionValue { values[name] ?? .number(.exactly(0)) }

    /// Where the value of `name` comes from.
    public func provenance(_ name: CostAssumptionName) -> AssumptionProvenance {
        provenance[name] ?? AssumptionProvenance(origin: .builtIn, detail: name.spec.defaultSource)
    }

    /// Sets a value after checking it; throws a `CostInputError` naming the assumption when it is impossible.
    public mutating func set(_ name: CostAssumptionName, to value: AssumptionValue, provenance origin: AssumptionProvenance) throws {
        let spec = name.spec
        switch (spec.kind, value) {
        case (.model, .model(let model)):
            guard !model.isEmpty else { throw CostInputError(assumption: spec.name, "\(spec.name) needs a model name") }
        case (.model, .number):
            throw CostInputError(assumption: spec.name, "\(spec.name) is a model name, not a number")
        case (_, .model):
            throw CostInputError(assumption: spec.name, "\(spec.name) is a number (\(spec.unit)), not a model name")
        case (_, .number(let range)):
            for bound in [range.low, range.expected, range.high] {
                if let problem = spec.problem(with: bound) { throw CostInputError(assumption: spec.name, problem) }
            }
            guard range.low <= range.expected, range.expected <= range.high else {
                throw CostInputError(assumption: spec.name,
                    "\(spec.name) needs low <= value <= high, got \(range.low):\(range.expected):\(range.high)")
            }
        }
        values[name] = value
        provenance[name] = origin
    }

    /// Puts `name` back to what it is without a stored value: the built-in default, or the dataset's figure
    /// when `trainingTokens` provides one.
    public mutating func reset(_ name: CostAssumptionName, trainingTokens: TrainingTokens?) {
        let defaults = CostAssumptions.defaults(trainingTokens: trainingTokens)
        values[name] = defaults.value(name)
        provenance[name] = defaults.provenance(name)
    }

    /// Parses and applies one `NAME=VALUE` edit: `NAME=V` sets the expected value (widening the range when V
    /// lies outside it; a value without a range stays without one), `NAME=LOW:V:HIGH` sets all three, and a
    /// model assumption takes a model name.
    public mutating func apply(_ assignment: String, provenance origin: AssumptionProvenance) throws {
        let edit = try AssumptionEdit(parsing: assignment)
        try apply(edit, provenance: origin)
    }

    /// Applies a parsed edit (see `apply(_:provenance:)`).
    public mutating func apply(_ edit: AssumptionEdit, provenance origin: AssumptionProvenance) throws {
        switch edit.value {
        case .model(let model):
            try set(edit.name, to: .model(model), provenance: origin)
        case .expected(let value):
            let current = range(edit.name)
            let widened = CostRange(low: min(current.low, value), expected: value, high: max(current.high, value))
            try set(edit.name, to: .number(value.isFinite && current.hasSpread ? widened : .exactly(value)),
                    provenance: origin)
        case .range(let range):
            try set(edit.name, to: .number(range), provenance: origin)
        }
    }
}

extension CostAssumptions {
    /// Applies `NAME=VALUE` assignments in order and checks that every chosen model has a price in `prices`;
    /// returns the result and the names changed, first-mention order. All or nothing: throws `CostInputError`
    /// naming the assumption at the first impossible one.
    public func applying(
        _ assignments: [String], provenance: AssumptionProvenance, prices: PriceTable
    ) throws -> (assumptions: CostAssumptions, changed: [CostAssumptionName]) {
        var result = self
        var changed: [CostAssumptionName] = []
        for text in assignments {
            let edit = try AssumptionEdit(parsing: text)
            try result.apply(edit, provenance: provenance)
            if !changed.contains(edit.name) { changed.append(edit.name) }
        }
        _ = try CostInputs(assumptions: result, prices: prices)
        return (result, changed)
    }
}
