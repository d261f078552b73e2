import Foundation

/// Builds graders from `--grader` specs (`NAME` or `NAME:ARGUMENT`; the argument is everything after the first
/// colon). `standard` knows exact, normalized, contains, regex, json-valid, json-schema:FILE, numeric:TOL and
/// max-tokens:N and graphql:SCHEMA; other issues add kinds with `register`.
public struct GraderRegistry: Sendable {
    /// Makes a grader from the whole spec and its argument (nil when the spec has no colon).
    public typealias Factory = @Sendable (_ spec: String, _ argument: String?) throws(EvalInputError) -> any Grader

    private var factories: [String: Factory] = [:]

    public init() {}

    /// Adds (or replaces) the grader kind `name`.
    public mutating func register(_ name: String, _ factory: @escaping Factory) {
        factories[name] = factory
    }

    /// The names this registry knows, sorted.
    public var names: [String] { factories.keys.sorted() }

    /// Builds the grader for `spec`, or an error naming the spec and what is wrong.
    public func grader(for spec: String) throws(EvalInputError) -> any Grader {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        guard let factory = factories[name] else {
            throw EvalInputError(location: "--grader \(spec)", message: "unknown grader '\(name)'; known: \(names.joined(separator: ", "))")
        }
        return try factory(spec, parts.count > 1 ? String(parts[1]) : nil)
    }

    /// The built-in graders. `readFile` loads `json-schema:FILE` schemas; `tokenCounter` backs `max-tokens:N`.
    public static func standard(
        tokenCounter: (any TokenCounter)?, readFile: @escaping @Sendable (String) throws -> Data
    ) -> GraderRegistry {
        var registry = GraderRegistry()
        registry.register("exact") { spec, argument throws(EvalInputError) in try Self.noArgument(spec, argument); return ExactGrader() }
        registry.register("normalized") { spec, argument throws(EvalInputError) in try Self.noArgument(spec, argument); return NormalizedGrader() }
        registry.register("contains") { spec, argument throws(EvalInputError) in ContainsGrader(spec: spec, needle: argument) }
        registry.register("regex") { spec, argument throws(EvalInputError) in try RegexGrader(spec: spec, pattern: argument) }
        registry.register("json-valid") { spec, argument throws(EvalInputError) in try Self.noArgument(spec, argument); return JSONValidGrader() }
        registry.register("json-schema") { spec, argument throws(EvalInputError) in
            let path = try Self.requiredArgument(spec, argument, "a schema file")
            let data: Data
            do { data = try readFile(path) } catch { throw EvalInputError(location: "--grader \(spec)", message: "cannot read schema file \(path)") }
            return JSONSchemaGrader(spec: spec, schema: try JSONSchema(data: data, fileName: path))
        }
        registry.register("numeric") { spec, argument throws(EvalInputError) in
            let text = try Self.requiredArgument(spec, argument, "a tolerance")
            guard let tolerance = Double(text), tolerance >= 0 else { throw EvalInputError(location: "--grader \(spec)", message: "tolerance '\(text)' is not a number ≥ 0") }
            return NumericGrader(spec: spec, tolerance: tolerance)
        }
        registry.register("max-tokens") { spec, argument throws(EvalInputError) in
            let text = try Self.requiredArgument(spec, argument, "a token limit")
            guard let limit = Int(text), limit >= 0 else { throw EvalInputError(location: "--grader \(spec)", message: "limit '\(text)' is not a whole number ≥ 0") }
            guard let tokenCounter else { throw EvalInputError(location: "--grader \(spec)", message: "no token counter is available") }
            return MaxTokensGrader(spec: spec, limit: limit, counter: tokenCounter)
        }
        registry.registerGraphQL(readFile: readFile)
        return registry
    }

    private static func noArgument(_ spec: String, _ argument: String?) throws(EvalInputError) {
        if argument != nil { throw EvalInputError(location: "--grader \(spec)", message: "this grader takes no argument") }
    }

    private static func requiredArgument(_ spec: String, _ argument: String?, _ what: String) throws(EvalInputError) -> String {
        guard let argument, !argument.isEmpty else { throw EvalInputError(location: "--grader \(spec)", message: "needs \(what) after the colon") }
        return argument
    }
}
