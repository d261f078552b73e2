import Foundation

/// Reads promptfoo output: `promptfoo eval -o results.json` (results version 3, and the older table form) and
/// `-o results.jsonl` (one EvaluateResult a line). One run per prompt×provider column.
///
/// Case key: `testIdx` (or the table row) plus the first 12 hex digits of SHA-256 over the canonical JSON of
/// `vars`, so a reordered test file does not pair different tests.
public enum PromptfooImporter {
    /// Reads a results JSON file. The `results.results` array is mapped one result at a time as it is parsed.
    public static func importJSON(_ data: Data, fileName: String, baseName: String) throws(EvalInputError) -> [EvalRun] {
        var builder = RunBuilder()
        let resultsPath = EvalJSONReader.Path.key(.key(.root, "results"), "results")
        let root = try JSONParser.parse(data, location: fileName, streaming: ["results", "results"]) { element, index throws(EvalInputError) in
            builder.add(try Promptfoo.Result(EvalJSONReader(element, location: fileName, steps: .index(resultsPath, index)).requireObject()))
        }
        let summary = try Promptfoo.Summary(EvalJSONReader(root, location: fileName))
        let created = EvalImportValues.timestamp(summary.timestamp)
        if (summary.version ?? 0) < 3, let table = summary.table {
            return runs(fromTable: table, baseName: baseName, created: created)
        }
        guard summary.hasResults else {
            throw EvalInputError(location: fileName, message: "promptfoo file has neither results.results nor results.table")
        }
        return builder.runs(baseName: baseName, created: created)
    }

    /// Reads a JSONL file of EvaluateResult records; errors name the line.
    public static func importJSONL(_ data: Data, fileName: String, baseName: String) throws(EvalInputError) -> [EvalRun] {
        var builder = RunBuilder()
        for line in JSONLines(data) {
            let location = "\(fileName):\(line.number)"
            builder.add(try Promptfoo.Result(EvalJSONReader(try JSONParser.parse(line.bytes, location: location), location: location).requireObject()))
        }
        guard !builder.isEmpty else { throw EvalInputError(location: fileName, message: "no results in file") }
        return builder.runs(baseName: baseName, created: nil)
    }

    private struct ColumnKey: Hashable {
        var promptIdx: Int
        var provider: String
    }

    /// Collects results into one run per prompt×provider column, one result at a time.
    struct RunBuilder {
        private var columns: [ColumnKey: [(testIdx: Int, value: EvalCase)]] = [:]
        private var order: [ColumnKey] = []
        private var position = 0

        var isEmpty: Bool { position == 0 }

        mutating func add(_ result: Promptfoo.Result) {
            let provider = result.provider?.displayName ?? "unknown provider"
            let column = ColumnKey(promptIdx: result.promptIdx ?? 0, provider: provider)
            if columns[column] == nil { order.append(column) }
            let testIdx = result.testIdx ?? position
            position += 1
            let vars = result.vars ?? result.testCase?.vars ?? .object([])
            let grading = result.gradingResult
            var errorText: String?
            switch result.failureReason {
            case 2?: errorText = result.error ?? result.response?.error ?? "error"
            case nil where grading == nil: errorText = result.error ?? result.response?.error
            default: errorText = nil
            }
            let value = EvalCase(
                key: PromptfooImporter.caseKey(testIdx: testIdx, vars: vars),
                input: result.prompt?.raw ?? vars.displayText,
                output: result.response?.output?.displayText ?? "",
                expected: PromptfooImporter.expectedText(result.testCase?.assert),
                pass: result.success ?? grading?.pass ?? false,
                score: EvalImportValues.clampScore(result.score ?? grading?.score ?? ((result.success ?? false) ? 1 : 0)),
                metrics: PromptfooImporter.numericScores(result.namedScores),
                verdicts: PromptfooImporter.verdicts(grading),
                latencyMs: result.latencyMs,
                tokens: result.response?.tokenUsage?.caseTokens,
                cost: result.cost ?? result.response?.cost,
                error: errorText
            )
            columns[column, default: []].append((testIdx, value))
        }

        func runs(baseName: String, created: Date?) -> [EvalRun] {
            let providerCount = Set(order.map(\.provider)).count
            return order.sorted { ($0.promptIdx, $0.provider) < ($1.promptIdx, $1.provider) }.map { column in
                let cases = columns[column]!.sorted { $0.testIdx < $1.testIdx }.map(\.value)
                var name = baseName
                if order.count > 1 {
                    name += " \(column.provider)"
                    if order.count > providerCount { name += " prompt \(column.promptIdx + 1)" }
                }
                return EvalRun(name: name, source: "promptfoo", model: column.provider, created: created, cases: cases)
            }
        }
    }

    static func runs(fromTable table: Promptfoo.Table, baseName: String, created: Date?) -> [EvalRun] {
        table.head.prompts.enumerated().map { column, prompt in
            let cases: [EvalCase] = table.body.enumerated().compactMap { rowIndex, row in
                guard column < row.outputs.count else { return nil }
                let output = row.outputs[column]
                let vars = row.test?.vars ?? .object(
                    zip(table.head.vars ?? [], row.vars ?? []).map { JSONMember($0, $1) }
                )
                let pass = output.pass ?? output.gradingResult?.pass ?? false
                return EvalCase(
                    key: caseKey(testIdx: rowIndex, vars: vars),
                    input: output.prompt ?? prompt.raw ?? "",
                    output: output.text?.displayText ?? "",
                    expected: expectedText(row.test?.assert),
                    pass: pass,
                    score: EvalImportValues.clampScore(output.score ?? output.gradingResult?.score ?? (pass ? 1 : 0)),
                    metrics: numericScores(output.namedScores),
                    verdicts: verdicts(output.gradingResult),
                    latencyMs: output.latencyMs,
                    tokens: output.tokenUsage?.caseTokens,
                    cost: output.cost,
                    error: output.error
                )
            }
            let provider = prompt.provider ?? "unknown provider"
            var name = baseName
            if table.head.prompts.count > 1 { name += " \(provider) column \(column + 1)" }
            return EvalRun(name: name, source: "promptfoo", model: provider, created: created, cases: cases)
        }
    }

    /// `testIdx:` plus 12 hex digits of SHA-256 over the canonical JSON of `vars`.
    public static func caseKey(testIdx: Int, vars: JSONValue) -> String {
        var hash = SHA256()
        var text = vars.canonicalText
        text.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        return "\(testIdx):\(hash.hexDigest().prefix(12))"
    }

    private static func expectedText(_ assertions: [Promptfoo.Assertion]?) -> String? {
        let lines = (assertions ?? []).compactMap { assertion -> String? in
            guard let type = assertion.type else { return nil }
            if let value = assertion.value { return "\(type): \(value.displayText)" }
            if let threshold = assertion.threshold { return "\(type): threshold \(JSONValue.numberText(threshold))" }
            return type
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    private static func verdicts(_ grading: Promptfoo.GradingResult?) -> [GraderVerdict] {
        guard let grading else { return [] }
        guard let components = grading.componentResults, !components.isEmpty else {
            return [GraderVerdict(grader: "promptfoo", pass: grading.pass ?? false, score: EvalImportValues.clampScore(grading.score ?? 0), reason: grading.reason ?? "")]
        }
        return components.map { component in
            let pass = component.pass ?? false
            return GraderVerdict(
                grader: component.assertion?.type ?? "assertion", pass: pass,
                score: EvalImportValues.clampScore(component.score ?? (pass ? 1 : 0)), reason: component.reason ?? ""
            )
        }
    }

    private static func numericScores(_ scores: [String: JSONValue]?) -> [String: Double] {
        (scores ?? [:]).compactMapValues(\.numberValue)
    }
}

/// Value rules every importer shares.
enum EvalImportValues {
    /// Scores are 0...1 by contract; tools that exceed it (weighted sums) are clamped.
    static func clampScore(_ value: Double) -> Double {
        value.isNaN ? 0 : min(1, max(0, value))
    }

    /// An ISO 8601 time with or without fractional seconds, or nil.
    static func timestamp(_ text: String?) -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
