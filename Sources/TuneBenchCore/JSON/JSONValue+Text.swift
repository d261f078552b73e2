import Foundation

/// Reading a `JSONValue` as eval files and graders need: type names, numbers as `Double`, members by name, and the
/// canonical text that hashes equal values equally.
extension JSONValue {
    /// The JSON type's name, for error messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// A number's value as the nearest `Double` (nil for other types).
    public var numberValue: Double? { if case .number(let lexeme) = self { return Double(lexeme) }; return nil }

    public var boolValue: Bool? { if case .bool(let value) = self { return value }; return nil }

    /// An object's members by name, the first of duplicate keys winning as `subscript` does (nil for other types).
    public var memberDictionary: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        var out = [String: JSONValue](minimumCapacity: members.count)
        for member in members where out[member.key] == nil { out[member.key] = member.value }
        return out
    }

    /// Compact JSON text with object keys sorted and numbers written from their value (`1.0` as `1`), so equal
    /// values always give equal text (used for hashing eval cases).
    public var canonicalText: String {
        var out = ""
        writeCanonical(into: &out)
        return out
    }

    private func writeCanonical(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        // A number past Double's range (1e999) keeps its lexeme: "inf" is not JSON.
        case .number(let lexeme): out += Double(lexeme).flatMap { $0.isFinite ? JSONValue.numberText($0) : nil } ?? lexeme
        case .string(let value): out += JSONValue.quoted(value)
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.writeCanonical(into: &out)
            }
            out += "]"
        case .object:
            let members = memberDictionary ?? [:]
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                out += JSONValue.quoted(key)
                out += ":"
                members[key]!.writeCanonical(into: &out)
            }
            out += "}"
        }
    }

    /// A string as plain text, anything else as canonical JSON: how outputs and inputs are shown and stored.
    public var displayText: String {
        if case .string(let value) = self { return value }
        return canonicalText
    }

    /// A number as JSON text: whole numbers without a fraction, others as Swift prints them.
    public static func numberText(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A string as a quoted JSON string literal.
    public static func quoted(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
