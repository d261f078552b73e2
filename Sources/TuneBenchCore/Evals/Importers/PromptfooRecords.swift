import Foundation

/// The parts of promptfoo's output files tunebench reads (formats.md §6). Every field is optional: versions differ.
enum Promptfoo {
    struct OutputFile: Decodable {
        var results: Summary
    }

    struct Summary: Decodable {
        var version: Int?
        var timestamp: String?
        var results: [Result]?
        var table: Table?
    }

    /// One `EvaluateResult`: one test case under one prompt and one provider.
    struct Result: Decodable {
        var promptIdx: Int?
        var testIdx: Int?
        var provider: Provider?
        var prompt: Prompt?
        var vars: EvalJSON?
        var testCase: TestCase?
        var response: Response?
        var error: String?
        var failureReason: Int?
        var success: Bool?
        var score: Double?
        var latencyMs: Double?
        var gradingResult: GradingResult?
        var namedScores: [String: EvalJSON]?
        var cost: Double?
    }

    /// `{id, label}` in current files; a bare id string in some older ones.
    struct Provider: Decodable {
        var id: String?
        var label: String?

        init(from decoder: Decoder) throws {
            if let id = try? decoder.singleValueContainer().decode(String.self) {
                self.id = id
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(String.self, forKey: .id)
            label = try container.decodeIfPresent(String.self, forKey: .label)
        }

        enum CodingKeys: String, CodingKey { case id, label }

        /// The label when set, else the id.
        var displayName: String? { (label?.isEmpty == false ? label : nil) ?? id }
    }

    struct Prompt: Decodable {
        var raw: String?
        var label: String?
    }

    struct TestCase: Decodable {
        var vars: EvalJSON?
        var assert: [Assertion]?
    }

    struct Assertion: Decodable {
        var type: String?
        var value: EvalJSON?
        var threshold: Double?
    }

    struct Response: Decodable {
        var output: EvalJSON?
        var tokenUsage: TokenUsage?
        var cost: Double?
        var error: String?
    }

    struct TokenUsage: Decodable {
        var prompt: Double?
        var completion: Double?
        var total: Double?

        var caseTokens: CaseTokens {
            CaseTokens(input: prompt.map { Int($0) }, output: completion.map { Int($0) }, total: total.map { Int($0) })
        }
    }

    struct GradingResult: Decodable {
        var pass: Bool?
        var score: Double?
        var reason: String?
        var componentResults: [ComponentResult]?
    }

    struct ComponentResult: Decodable {
        var pass: Bool?
        var score: Double?
        var reason: String?
        var assertion: Assertion?
    }

    /// The older (results version < 3) table form: one column per prompt×provider, one row per test.
    struct Table: Decodable {
        var head: Head
        var body: [Row]
    }

    struct Head: Decodable {
        var prompts: [TablePrompt]
        var vars: [String]?
    }

    struct TablePrompt: Decodable {
        var raw: String?
        var label: String?
        var display: String?
        var provider: String?
    }

    struct Row: Decodable {
        var outputs: [TableOutput]
        var vars: [EvalJSON]?
        var test: TestCase?
    }

    struct TableOutput: Decodable {
        var pass: Bool?
        var score: Double?
        var text: EvalJSON?
        var prompt: String?
        var latencyMs: Double?
        var cost: Double?
        var tokenUsage: TokenUsage?
        var gradingResult: GradingResult?
        var namedScores: [String: EvalJSON]?
        var error: String?
    }
}
