/// A parsed JSON value that keeps what tunebench needs to be lossless: object key order and number lexemes.
///
/// Records are stored as their original bytes; a `JSONValue` is the working form the normaliser, validator and
/// exporters read. Numbers keep their source text (`1.0` stays `1.0`) so a converted record never changes them.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number exactly as written in the source.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in source order (duplicate keys kept; lookups take the first).
    case object([JSONMember])

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members where member.key == key { return member.value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectMembers: [JSONMember]? {
        if case .object(let m) = self { return m }
        return nil
    }

    public var isObject: Bool { objectMembers != nil }

    /// Python's truthiness, which the reference validator relies on (`not content`).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .number(let n): Double(n) != 0
        case .string(let s): !s.isEmpty
        case .array(let a): !a.isEmpty
        case .object(let m): !m.isEmpty
        }
    }

    /// The integer value of a number written without fraction or exponent.
    public var intValue: Int? {
        if case .number(let n) = self { return Int(n) }
        return nil
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
