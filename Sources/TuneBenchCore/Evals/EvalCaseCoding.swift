import Foundation

/// The JSON text forms of a case's metrics and verdicts, as the project file stores them.
///
/// Encoding is hand-written (keys sorted) because imports write it for every case; decoding happens per page shown.
public enum EvalCaseCoding {
    /// `{"name":score,...}` with keys sorted.
    public static func metricsJSON(_ metrics: [String: Double]) -> String {
        var out = "{"
        for (index, name) in metrics.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            out += JSONValue.quoted(name) + ":" + numberJSON(metrics[name]!)
        }
        return out + "}"
    }

    /// `[{"grader":…,"pass":…,"reason":…,"score":…},...]`.
    public static func verdictsJSON(_ verdicts: [GraderVerdict]) -> String {
        var out = "["
        for (index, verdict) in verdicts.enumerated() {
            if index > 0 { out += "," }
            out += "{\"grader\":" + JSONValue.quoted(verdict.grader) + ",\"pass\":" + (verdict.pass ? "true" : "false")
            out += ",\"reason\":" + JSONValue.quoted(verdict.reason) + ",\"score\":" + numberJSON(verdict.score) + "}"
        }
        return out + "]"
    }

    public static func metrics(fromJSON text: String) throws -> [String: Double] {
        try JSONDecoder().decode([String: Double].self, from: Data(text.utf8))
    }

    public static func verdicts(fromJSON text: String) throws -> [GraderVerdict] {
        try JSONDecoder().decode([GraderVerdict].self, from: Data(text.utf8))
    }

    /// Finite numbers as JSON; NaN and infinities (which JSON cannot hold) as 0.
    private static func numberJSON(_ value: Double) -> String {
        value.isFinite ? JSONValue.numberText(value) : "0"
    }
}
