import Foundation

/// One record of tunebench's generic eval format (JSONL object or CSV row), documented in README "File formats":
/// `id`, `input`, `output`, `expected`, `pass`, `score`, `metric.<name>`, and optionally `latency_ms`, `cost`,
/// `error`. Every field is optional here; the importer and the grader say which they need.
struct GenericRecord {
    var id: String?
    var input: String?
    var output: String?
    var expected: String?
    var pass: Bool?
    var score: Double?
    var metrics: [String: Double] = [:]
    var latencyMs: Double?
    var cost: Double?
    var error: String?

    /// From a JSON object; `location` names the line for errors.
    init(object value: JSONValue, location: String) throws(EvalInputError) {
        guard let fields = value.memberDictionary else { throw EvalInputError(location: location, message: "expected a JSON object") }
        var text: [String: String] = [:]
        for (key, field) in fields {
            switch field {
            case .null: continue
            case .bool(let flag): text[key] = flag ? "true" : "false"
            default: text[key] = field.displayText
            }
        }
        try self.init(fields: text, location: location)
    }

    /// From column name → cell text (empty cells count as absent).
    init(fields: [String: String], location: String) throws(EvalInputError) {
        func number(_ key: String) throws(EvalInputError) -> Double? {
            guard let text = fields[key], !text.isEmpty else { return nil }
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
                throw EvalInputError(location: location, message: "\(key) '\(text)' is not a number")
            }
            return value
        }
        id = fields["id"].flatMap { $0.isEmpty ? nil : $0 }
        input = fields["input"]
        output = fields["output"]
        expected = fields["expected"]
        error = fields["error"].flatMap { $0.isEmpty ? nil : $0 }
        if let text = fields["pass"], !text.isEmpty {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1", "yes", "pass", "passed": pass = true
            case "false", "0", "no", "fail", "failed": pass = false
            default: throw EvalInputError(location: location, message: "pass '\(text)' is not true/false, 1/0, yes/no or pass/fail")
            }
        }
        score = try number("score")
        if let score, !(0...1).contains(score) {
            throw EvalInputError(location: location, message: "score \(score) is outside 0...1")
        }
        latencyMs = try number("latency_ms")
        cost = try number("cost")
        for key in fields.keys where key.hasPrefix("metric.") && key.count > 7 {
            if let value = try number(key) { metrics[String(key.dropFirst(7))] = value }
        }
    }
}
