import Foundation

/// The parts of an inspect_ai EvalLog tunebench reads (formats.md §6). `.json` logs hold `samples`; `.eval` zips
/// hold the same log without samples in `header.json` and one `samples/<id>_epoch_<n>.json` per sample.
enum Inspect {
    struct Log: Decodable {
        var status: String?
        var eval: Eval
        var samples: [Sample]?
    }

    struct Eval: Decodable {
        var created: String?
        var task: String?
        var model: String?
        var scorers: [Scorer]?
    }

    struct Scorer: Decodable {
        var name: String
    }

    struct Sample: Decodable {
        var id: EvalJSON
        var epoch: Int?
        var input: EvalJSON?
        var target: EvalJSON?
        var output: Output?
        var scores: [String: Score]?
        var totalTime: Double?
        var modelUsage: [String: Usage]?
        var error: EvalJSON?

        enum CodingKeys: String, CodingKey {
            case id, epoch, input, target, output, scores, error
            case totalTime = "total_time"
            case modelUsage = "model_usage"
        }
    }

    struct Output: Decodable {
        var completion: String?
        var choices: [Choice]?
        var usage: Usage?
    }

    struct Choice: Decodable {
        var message: Message
    }

    struct Message: Decodable {
        var role: String?
        var content: EvalJSON?
    }

    struct Usage: Decodable {
        var inputTokens: Int?
        var outputTokens: Int?
        var totalTokens: Int?
        var totalCost: Double?

        enum CodingKeys: String, CodingKey {
            case inputTokens = "input_tokens"
            case outputTokens = "output_tokens"
            case totalTokens = "total_tokens"
            case totalCost = "total_cost"
        }
    }

    struct Score: Decodable {
        var value: EvalJSON
        var answer: String?
        var explanation: String?
    }
}
