/// The parts of an inspect_ai EvalLog tunebench reads (formats.md §6). `.json` logs hold `samples`; `.eval` zips
/// hold the same log without samples in `header.json` and one `samples/<id>_epoch_<n>.json` per sample.
enum Inspect {
    struct Log {
        var eval: Eval
        /// Whether the log has a `samples` list (its elements are read as they are parsed, not kept here).
        var hasSamples: Bool

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            guard let eval = try reader.requireObject().object("eval") else {
                throw EvalInputError(location: reader.location, message: "not an inspect_ai log (no `eval` object)")
            }
            self.eval = try Eval(eval)
            hasSamples = try reader.array("samples") != nil
        }
    }

    struct Eval {
        var task: String?
        var created: String?
        var model: String?
        var scorers: [String]
        /// The scorer `eval.headline_metric` declares (inspect 0.3.27x+), when it names one.
        var headlineScorer: String?
        /// Its `score`: the member of a dictionary value that the headline reads.
        var headlineScore: String?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            task = try reader.string("task")
            created = try reader.string("created")
            model = try reader.string("model")
            scorers = []
            for scorer in try reader.array("scorers") ?? [] {
                if let name = try scorer.string("name") { scorers.append(name) }
            }
            let headline = try reader.object("headline_metric")
            headlineScorer = try headline?.string("scorer")
            headlineScore = try headline?.string("score")
        }
    }

    struct Sample {
        var id: JSONValue
        var epoch: Int?
        var input: JSONValue?
        var target: JSONValue?
        var output: Output?
        var scores: [String: Score]
        var totalTime: Double?
        var totalCost: Double?
        var error: JSONValue?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            guard let id = try reader.requireObject().raw("id") else {
                throw EvalInputError(location: reader.location, message: "\(reader.path.isEmpty ? "" : "\(reader.path): ")sample has no id")
            }
            self.id = id
            epoch = try reader.int("epoch")
            input = reader.raw("input")
            target = reader.raw("target")
            output = try reader.object("output").map { item throws(EvalInputError) in try Output(item) }
            scores = [:]
            for (name, score) in try reader.members("scores") ?? [:] { scores[name] = try Score(score) }
            totalTime = try reader.double("total_time")
            var costs: [Double] = []
            for (_, usage) in try (reader.members("model_usage") ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let cost = try usage.double("total_cost") { costs.append(cost) }
            }
            totalCost = costs.isEmpty ? nil : costs.reduce(0, +)
            error = reader.raw("error")
        }
    }

    struct Output {
        var completion: String?
        var firstContent: JSONValue?
        var usage: CaseTokens?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            completion = try reader.string("completion")
            firstContent = try reader.array("choices")?.first?.object("message")?.raw("content")
            usage = try reader.object("usage").map { usage throws(EvalInputError) in
                CaseTokens(input: try usage.int("input_tokens"), output: try usage.int("output_tokens"), total: try usage.int("total_tokens"))
            }
        }
    }

    struct Score {
        var value: JSONValue
        var answer: String?
        var explanation: String?

        init(_ reader: EvalJSONReader) throws(EvalInputError) {
            value = reader.raw("value") ?? .null
            answer = reader.raw("answer").map(\.displayText)
            explanation = reader.raw("explanation").map(\.displayText)
        }
    }
}
