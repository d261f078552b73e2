import TuneBenchCore

/// Indented JSON text for reading (the detail view) and editing ($EDITOR): two spaces per level, keys in
/// their source order, strings escaped as JSON escapes them (so control characters stay visible).
enum PrettyJSON {
    static func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out
    }

    /// JSON text as readable lines when `text` is a JSON object or array; nil for anything else.
    static func lines(ofJSONText text: String) -> [String]? {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard trimmed.first == "{" || trimmed.first == "[", let value = try? JSONParser.parse(text) else { return nil }
        return string(value).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1), closing = String(repeating: "  ", count: indent)
        switch value {
        case .array(let elements) where !elements.isEmpty:
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += pad
                write(element, indent: indent + 1, into: &out)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            out += closing + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += pad + JSONWriter.string(.string(member.key)) + ": "
                write(member.value, indent: indent + 1, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += closing + "}"
        default:
            out += JSONWriter.string(value)
        }
    }
}
