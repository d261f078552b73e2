/// Typed reads from a parsed JSON object (a mapping layer over `JSONValue`), with errors that say where: absent fields and `null` read as nil; a field
/// of the wrong type is an error naming the file location and the JSON path.
struct EvalJSONReader {
    /// Where a value sits, kept as steps and turned into text only when an error or a location needs it (building
    /// the text for every field read was a third of the import time).
    indirect enum Path: Sendable {
        case root
        case key(Path, String)
        case index(Path, Int)

        /// `results.results[3].testIdx`; empty at the root.
        var text: String {
            switch self {
            case .root: return ""
            case let .key(parent, key): let prefix = parent.text; return prefix.isEmpty ? key : "\(prefix).\(key)"
            case let .index(parent, index): return "\(parent.text)[\(index)]"
            }
        }
    }

    let value: JSONValue
    /// `file.json` or `file.jsonl:12`.
    let location: String
    let steps: Path

    init(_ value: JSONValue, location: String, steps: Path = .root) {
        self.value = value
        self.location = location
        self.steps = steps
    }

    /// `results.results[3]`; empty at the root.
    var path: String { steps.text }

    private func fieldPath(_ key: String) -> String { Path.key(steps, key).text }

    private func mismatch(_ key: String, _ expected: String, _ found: JSONValue) -> EvalInputError {
        EvalInputError(location: location, message: "\(fieldPath(key)): expected \(expected), got \(found.typeName)")
    }

    /// The raw value of `key`, nil when absent or null.
    func raw(_ key: String) -> JSONValue? {
        guard let member = value[key], member != .null else { return nil }
        return member
    }

    func has(_ key: String) -> Bool { value[key] != nil }

    func string(_ key: String) throws(EvalInputError) -> String? {
        guard let member = raw(key) else { return nil }
        guard case .string(let text) = member else { throw mismatch(key, "a string", member) }
        return text
    }

    func double(_ key: String) throws(EvalInputError) -> Double? {
        guard let member = raw(key) else { return nil }
        guard let number = member.numberValue else { throw mismatch(key, "a number", member) }
        return number
    }

    func int(_ key: String) throws(EvalInputError) -> Int? {
        guard let member = raw(key) else { return nil }
        guard let number = member.numberValue, number == number.rounded(), abs(number) < 1e15 else {
            throw mismatch(key, "a whole number", member)
        }
        return Int(number)
    }

    func bool(_ key: String) throws(EvalInputError) -> Bool? {
        guard let member = raw(key) else { return nil }
        guard case .bool(let flag) = member else { throw mismatch(key, "true or false", member) }
        return flag
    }

    func object(_ key: String) throws(EvalInputError) -> EvalJSONReader? {
        guard let member = raw(key) else { return nil }
        guard case .object = member else { throw mismatch(key, "an object", member) }
        return EvalJSONReader(member, location: location, steps: .key(steps, key))
    }

    func array(_ key: String) throws(EvalInputError) -> [EvalJSONReader]? {
        guard let member = raw(key) else { return nil }
        guard case .array(let elements) = member else { throw mismatch(key, "a list", member) }
        let parent = Path.key(steps, key)
        return elements.enumerated().map { EvalJSONReader($1, location: location, steps: .index(parent, $0)) }
    }

    /// The object's members as readers, keyed by name.
    func members(_ key: String) throws(EvalInputError) -> [String: EvalJSONReader]? {
        guard let reader = try object(key), let map = reader.value.memberDictionary else { return nil }
        var out: [String: EvalJSONReader] = [:]
        for (name, member) in map { out[name] = EvalJSONReader(member, location: location, steps: .key(reader.steps, name)) }
        return out
    }

    /// Fails unless this value is an object.
    func requireObject() throws(EvalInputError) -> EvalJSONReader {
        guard case .object = value else {
            throw EvalInputError(location: location, message: "\(path.isEmpty ? "" : "\(path): ")expected an object, got \(value.typeName)")
        }
        return self
    }
}
