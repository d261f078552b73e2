import Foundation

/// The subset of JSON Schema the `json-schema:FILE` grader checks, documented in README "File formats":
/// `type` (a name or a list of names: object, array, string, number, integer, boolean, null), `properties`,
/// `required`, `additionalProperties` (boolean or schema), `enum`, `items` (one schema for every element),
/// `minimum`/`maximum` (inclusive), `pattern` (unanchored, NSRegularExpression syntax) and `anyOf`; `true`/`false`
/// schemas. Annotations (`$schema`, `$id`, `title`, `description`, `default`, `examples`, `$comment`) are ignored.
/// Any other keyword is refused when the schema loads, so a schema never silently checks less than it says.
public final class JSONSchema: @unchecked Sendable {  // Immutable after init; NSRegularExpression is thread-safe.
    static let supported = ["type", "properties", "required", "additionalProperties", "enum", "items", "minimum", "maximum", "pattern", "anyOf"]
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "default", "examples", "$comment"]
    static let typeNames: Set<String> = ["object", "array", "string", "number", "integer", "boolean", "null"]

    private let always: Bool?
    private let types: [String]?
    private let properties: [(name: String, schema: JSONSchema)]
    private let required: [String]
    private let additional: JSONSchema?
    private let enumValues: [JSONValue]?
    private let items: JSONSchema?
    private let minimum: Double?
    private let maximum: Double?
    private let pattern: NSRegularExpression?
    private let anyOf: [JSONSchema]?

    /// Reads a schema file's bytes; errors name the file and the schema path.
    public convenience init(data: Data, fileName: String) throws(EvalInputError) {
        try self.init(JSONParser.parse(data, location: fileName), path: "#", fileName: fileName)
    }

    init(_ value: JSONValue, path: String, fileName: String) throws(EvalInputError) {
        func fail(_ message: String) -> EvalInputError { EvalInputError(location: "\(fileName): \(path)", message: message) }
        if case .bool(let flag) = value {
            always = flag
            types = nil; properties = []; required = []; additional = nil; enumValues = nil; items = nil
            minimum = nil; maximum = nil; pattern = nil; anyOf = nil
            return
        }
        guard let members = value.memberDictionary else { throw fail("a schema must be an object or a boolean") }
        for key in members.keys.sorted() where !Self.supported.contains(key) && !Self.annotations.contains(key) {
            throw fail("unsupported JSON Schema keyword '\(key)'; tunebench checks \(Self.supported.joined(separator: ", "))")
        }
        always = nil
        switch members["type"] {
        case nil: types = nil
        case .string(let name)?: types = [name]
        case .array(let names)?: types = names.compactMap(\.stringValue)
            if types!.count != names.count { throw fail("type list must hold names") }
        default: throw fail("type must be a name or a list of names")
        }
        for name in types ?? [] where !Self.typeNames.contains(name) { throw fail("unknown type '\(name)'") }
        if let value = members["properties"] {
            guard let map = value.memberDictionary else { throw fail("properties must be an object") }
            var parsed: [(String, JSONSchema)] = []
            for name in map.keys.sorted() { parsed.append((name, try JSONSchema(map[name]!, path: "\(path)/properties/\(name)", fileName: fileName))) }
            properties = parsed
        } else { properties = [] }
        if let value = members["required"] {
            guard case .array(let names) = value, names.allSatisfy({ $0.stringValue != nil }) else { throw fail("required must be a list of names") }
            required = names.compactMap(\.stringValue)
        } else { required = [] }
        additional = try members["additionalProperties"].map { value throws(EvalInputError) in try JSONSchema(value, path: "\(path)/additionalProperties", fileName: fileName) }
        if let value = members["enum"] {
            guard case .array(let values) = value else { throw fail("enum must be a list") }
            enumValues = values
        } else { enumValues = nil }
        if let value = members["items"], case .array = value { throw fail("items as a list (tuple validation) is not supported; give one schema") }
        items = try members["items"].map { value throws(EvalInputError) in try JSONSchema(value, path: "\(path)/items", fileName: fileName) }
        func bound(_ key: String) throws(EvalInputError) -> Double? {
            guard let value = members[key] else { return nil }
            guard let number = value.numberValue else { throw fail("\(key) must be a number") }
            return number
        }
        minimum = try bound("minimum")
        maximum = try bound("maximum")
        if let value = members["pattern"] {
            guard let text = value.stringValue else { throw fail("pattern must be a string") }
            pattern = try RegexGrader.compile(text, location: "\(fileName): \(path)/pattern")
        } else { pattern = nil }
        if let value = members["anyOf"] {
            guard case .array(let options) = value, !options.isEmpty else { throw fail("anyOf must be a non-empty list of schemas") }
            var parsed: [JSONSchema] = []
            for (index, option) in options.enumerated() { parsed.append(try JSONSchema(option, path: "\(path)/anyOf/\(index)", fileName: fileName)) }
            anyOf = parsed
        } else { anyOf = nil }
    }

    /// The first rule `value` breaks, as "`$.path`: what is wrong", or nil when it satisfies the schema.
    public func firstViolation(_ value: JSONValue, at path: String = "$") -> String? {
        if let always { return always ? nil : "\(path): no value is allowed here" }
        if let types, !types.contains(where: { Self.matches(value, type: $0) }) {
            return "\(path): expected \(types.joined(separator: " or ")), got \(value.typeName)"
        }
        if let enumValues, !enumValues.contains(where: { $0.canonicalText == value.canonicalText }) {
            return "\(path): \(value.canonicalText) is not one of \(JSONValue.array(enumValues).canonicalText)"
        }
        switch value {
        case .object:
            let members = value.memberDictionary ?? [:]
            for name in required where members[name] == nil { return "\(path): missing required property '\(name)'" }
            for (name, schema) in properties {
                if let member = members[name], let failure = schema.firstViolation(member, at: "\(path).\(name)") { return failure }
            }
            if let additional {
                let known = Set(properties.map(\.name))
                for name in members.keys.sorted() where !known.contains(name) {
                    if let failure = additional.firstViolation(members[name]!, at: "\(path).\(name)") {
                        return additional.always == false ? "\(path): property '\(name)' is not allowed" : failure
                    }
                }
            }
        case .array(let elements):
            if let items {
                for (index, element) in elements.enumerated() {
                    if let failure = items.firstViolation(element, at: "\(path)[\(index)]") { return failure }
                }
            }
        case .number:
            let number = value.numberValue ?? .nan
            if let minimum, number < minimum { return "\(path): \(JSONValue.numberText(number)) is below the minimum \(JSONValue.numberText(minimum))" }
            if let maximum, number > maximum { return "\(path): \(JSONValue.numberText(number)) is above the maximum \(JSONValue.numberText(maximum))" }
        case .string(let text):
            if let pattern, pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                return "\(path): \(reasonQuote(text)) does not match /\(pattern.pattern)/"
            }
        default: break
        }
        if let anyOf, !anyOf.contains(where: { $0.firstViolation(value, at: path) == nil }) {
            return "\(path): matches none of the \(anyOf.count) anyOf schemas"
        }
        return nil
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("number", .number), ("boolean", .bool), ("null", .null): return true
        case ("integer", .number): let number = value.numberValue ?? .nan; return number.isFinite && number == number.rounded()
        default: return false
        }
    }
}
