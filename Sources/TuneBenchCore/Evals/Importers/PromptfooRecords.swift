/// The parts of promptfoo's output files tunebench reads (formats.md §6). Every field is optional: versions differ;
/// a field of the wrong type is an error with its path.
enum Promptfoo {
    struct Summary {
        var version: Int?
        var timestamp: String?
        /// Whether `results.results` is there (its elements are read as they are parsed, not kept here).
        var hasResults: Bool
        var table: Table?

        init(_ file: EvalJSONReader) throws(EvalInputError) {
            guard let summary = try file.requireObject().object("results") else {
                throw EvalInputError(location: file.location, message: "not a promptfoo results file (no `results` object)")
            }
            version = try summary.int("version")
            timestamp = try summary.string("timestamp")
            hasResults = try summary.array("results") != nil
            table = try summary.object("table").map { reader throws(EvalInputError) in try Table(reader) }
        }
    }

    /// One `EvaluateResult`: one test case under one prompt and one provider.
    struct Result {
        var promptIdx: Int?
        var testIdx: Int?
        var provider: Provider?
        var prompt: Prompt?
        var vars: JSONValue?
        var testCase: TestCase?
        var response: Response?
        var error: String?
        var failureReason: Int?
        var success: Bool?
        var score: Double?
        var latencyMs: Double?
        var gradingResult: GradingResult?
        var namedScores: [String: JSONValue]?
        var cost: Double?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            promptIdx = try reader.int("promptIdx")
            testIdx = try reader.int("testIdx")
            provider = try Provider(reader)
            prompt = try reader.object("prompt").map { prompt throws(EvalInputError) in Prompt(raw: try prompt.string("raw")) }
            vars = reader.raw("vars")
            testCase = try reader.object("testCase").map { item throws(EvalInputError) in try TestCase(item) }
            response = try reader.object("response").map { item throws(EvalInputError) in try Response(item) }
            error = reader.raw("error").map(\.displayText)
            failureReason = try reader.int("failureReason")
            success = try reader.bool("success")
            score = try reader.double("score")
            latencyMs = try reader.double("latencyMs")
            gradingResult = try reader.object("gradingResult").map { item throws(EvalInputError) in try GradingResult(item) }
            namedScores = reader.raw("namedScores")?.memberDictionary
            cost = try reader.double("cost")
        }
    }

    /// `{id, label}` in current files; a bare id string in some older ones.
    struct Provider {
        var id: String?
        var label: String?

        init?(_ result: EvalJSONReader) throws(EvalInputError) {
            switch result.raw("provider") {
            case nil: return nil
            case .string(let id)?: self.id = id
            default:
                guard let provider = try result.object("provider") else { return nil }
                id = try provider.string("id")
                label = try provider.string("label")
            }
        }

        /// The label when set, else the id.
        var displayName: String? { (label?.isEmpty == false ? label : nil) ?? id }
    }

    struct Prompt {
        var raw: String?
    }

    struct TestCase {
        var vars: JSONValue?
        var assert: [Assertion]?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            vars = reader.raw("vars")
            assert = try reader.array("assert")?.map { item throws(EvalInputError) in try Assertion(item) }
        }
    }

    struct Assertion {
        var type: String?
        var value: JSONValue?
        var threshold: Double?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            type = try reader.string("type")
            value = reader.raw("value")
            threshold = try reader.double("threshold")
        }
    }

    struct Response {
        var output: JSONValue?
        var tokenUsage: TokenUsage?
        var cost: Double?
        var error: String?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            output = reader.raw("output")
            tokenUsage = try reader.object("tokenUsage").map { item throws(EvalInputError) in try TokenUsage(item) }
            cost = try reader.double("cost")
            error = reader.raw("error").map(\.displayText)
        }
    }

    struct TokenUsage {
        var prompt: Int?
        var completion: Int?
        var total: Int?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            prompt = try reader.int("prompt")
            completion = try reader.int("completion")
            total = try reader.int("total")
        }

        var caseTokens: CaseTokens { CaseTokens(input: prompt, output: completion, total: total) }
    }

    struct GradingResult {
        var pass: Bool?
        var score: Double?
        var reason: String?
        var componentResults: [ComponentResult]?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            pass = try reader.bool("pass")
            score = try reader.double("score")
            reason = reader.raw("reason").map(\.displayText)
            componentResults = try reader.array("componentResults")?.map { item throws(EvalInputError) in try ComponentResult(item) }
        }
    }

    struct ComponentResult {
        var pass: Bool?
        var score: Double?
        var reason: String?
        var assertion: Assertion?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            pass = try reader.bool("pass")
            score = try reader.double("score")
            reason = reader.raw("reason").map(\.displayText)
            assertion = try reader.object("assertion").map { item throws(EvalInputError) in try Assertion(item) }
        }
    }

    /// The older (results version < 3) table form: one column per prompt×provider, one row per test.
    struct Table {
        var head: Head
        var body: [Row]

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            guard let head = try reader.object("head"), let body = try reader.array("body") else {
                throw EvalInputError(location: reader.location, message: "\(reader.path): a table needs head and body")
            }
            self.head = try Head(head)
            self.body = try body.map { item throws(EvalInputError) in try Row(item) }
        }
    }

    struct Head {
        var prompts: [TablePrompt]
        var vars: [String]?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            prompts = try (reader.array("prompts") ?? []).map { item throws(EvalInputError) in
                TablePrompt(raw: try item.string("raw"), provider: try item.string("provider"))
            }
            vars = try reader.array("vars")?.map { item in item.value.displayText }
        }
    }

    struct TablePrompt {
        var raw: String?
        var provider: String?
    }

    struct Row {
        var outputs: [TableOutput]
        var vars: [JSONValue]?
        var test: TestCase?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            outputs = try (reader.array("outputs") ?? []).map { item throws(EvalInputError) in try TableOutput(item) }
            vars = try reader.array("vars")?.map(\.value)
            test = try reader.object("test").map { item throws(EvalInputError) in try TestCase(item) }
        }
    }

    struct TableOutput {
        var pass: Bool?
        var score: Double?
        var text: JSONValue?
        var prompt: String?
        var latencyMs: Double?
        var cost: Double?
        var tokenUsage: TokenUsage?
        var gradingResult: GradingResult?
        var namedScores: [String: JSONValue]?
        var error: String?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            pass = try reader.bool("pass")
            score = try reader.double("score")
            text = reader.raw("text")
            prompt = try reader.string("prompt")
            latencyMs = try reader.double("latencyMs")
            cost = try reader.double("cost")
            tokenUsage = try reader.object("tokenUsage").map { item throws(EvalInputError) in try TokenUsage(item) }
            gradingResult = try reader.object("gradingResult").map { item throws(EvalInputError) in try GradingResult(item) }
            namedScores = reader.raw("namedScores")?.memberDictionary
            error = reader.raw("error").map(\.displayText)
        }
    }
}
