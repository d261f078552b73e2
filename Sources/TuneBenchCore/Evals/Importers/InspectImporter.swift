import Foundation

/// Reads inspect_ai logs, `.json` and `.eval` (zip), into one run.
///
/// Case key: `<sample id>#<epoch>`. Score values C/I/P/N map to 1/0/0.5/0, booleans to 1/0, numbers must lie in
/// 0...1 (a dictionary or list value is the mean of its members). The scorer `eval.headline_metric` declares
/// decides, else the run's first scorer: a case passes when that score is 1. Every scorer is kept as a named
/// metric and a verdict with its explanation.
public enum InspectImporter {
    /// Reads a `.json` log. Samples are mapped one at a time as they are parsed (their events and messages, the
    /// bulk of a log, are never kept).
    ///
    /// The run is `name` when given, else named as `inspect view` names the log: its task and model
    /// (`arithmetic mockllm/model`).
    public static func importJSON(_ data: Data, fileName: String, name: String?) throws(EvalInputError) -> EvalRun {
        var samples: [(sample: Inspect.Sample, location: String)] = []
        let root = try JSONParser.parse(data, location: fileName, streaming: ["samples"]) { element, index throws(EvalInputError) in
            let reader = EvalJSONReader(element, location: fileName, steps: .index(.key(.root, "samples"), index))
            samples.append((try Inspect.Sample(reader), "\(fileName): \(reader.path)"))
        }
        let log = try Inspect.Log(EvalJSONReader(root, location: fileName))
        guard log.hasSamples else {
            throw EvalInputError(location: fileName, message: "the log has no samples (it was written without log_samples)")
        }
        let cases = try samples.map { item throws(EvalInputError) in
            try evalCase(item.sample, eval: log.eval, location: item.location)
        }
        return run(log.eval, cases: cases, fileName: fileName, name: name)
    }

    /// Reads a `.eval` zip log: `header.json` and every `samples/*.json` entry. A log inspect is still writing has
    /// no `header.json` yet: its `_journal/start.json` names the eval, the samples flushed so far are imported and
    /// the run's `notes` say so.
    /// No entry is inflated past `limit`.
    public static func importEval(_ data: Data, fileName: String, name: String?,
                                  limit: RecordLimit = .default) throws(EvalInputError) -> EvalRun {
        let zip = try ZipLog(data: data, fileName: fileName, entryLimit: limit.bytes)
        func entry(_ path: String) throws(EvalInputError) -> EvalJSONReader {
            let location = "\(fileName): \(path)"
            return EvalJSONReader(try JSONParser.parse(try zip.read(path), location: location), location: location)
        }
        let inProgress = !zip.contains("header.json") && zip.contains("_journal/start.json")
        let log = try Inspect.Log(entry(inProgress ? "_journal/start.json" : "header.json"))
        var cases: [(sample: Inspect.Sample, value: EvalCase)] = []
        for path in zip.entryPaths where path.hasPrefix("samples/") && path.hasSuffix(".json") {
            let sample = try Inspect.Sample(entry(path))
            cases.append((sample, try evalCase(sample, eval: log.eval, location: "\(fileName): \(path)")))
        }
        guard !cases.isEmpty else {
            let why = inProgress ? "the log is still being written (no header.json yet) and no sample has finished" : "the log has no samples/ entries"
            throw EvalInputError(location: fileName, message: why)
        }
        cases.sort { lhs, rhs in
            let left = (lhs.sample.epoch ?? 1, sortKey(lhs.sample.id)), right = (rhs.sample.epoch ?? 1, sortKey(rhs.sample.id))
            if left.1 != right.1 { return left.1 < right.1 }
            return left.0 < right.0
        }
        var run = run(log.eval, cases: cases.map(\.value), fileName: fileName, name: name)
        if inProgress {
            run.notes.append("\(fileName): the log is still being written (no header.json yet): imported the \(cases.count) samples complete so far")
        }
        return run
    }

    private static func run(_ eval: Inspect.Eval, cases: [EvalCase], fileName: String, name: String?) -> EvalRun {
        EvalRun(name: name ?? runName(eval, fileName: fileName), source: "inspect_ai", model: eval.model,
                created: EvalImportValues.timestamp(eval.created), cases: cases)
    }

    /// `inspect view` lists a log by its task and shows its model beside it: `arithmetic mockllm/model`. Without a
    /// task, the file name without its extension.
    static func runName(_ eval: Inspect.Eval, fileName: String) -> String {
        guard let task = eval.task, !task.isEmpty else { return URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent }
        guard let model = eval.model, !model.isEmpty else { return task }
        return "\(task) \(model)"
    }

    /// Numeric ids sort numerically, before string ids.
    private static func sortKey(_ id: JSONValue) -> SampleSortKey {
        if let number = id.numberValue { return SampleSortKey(number: number, text: "") }
        return SampleSortKey(number: .infinity, text: id.displayText)
    }

    private struct SampleSortKey: Comparable {
        var number: Double
        var text: String
        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.number, lhs.text) < (rhs.number, rhs.text) }
    }

    static func evalCase(_ sample: Inspect.Sample, eval: Inspect.Eval, location: String) throws(EvalInputError) -> EvalCase {
        let scores = sample.scores
        var metrics: [String: Double] = [:]
        var verdicts: [GraderVerdict] = []
        // The declared headline scorer first: the first verdict decides the case.
        var scorers = eval.scorers
        if let headline = eval.headlineScorer, scores[headline] != nil { scorers = [headline] + scorers.filter { $0 != headline } }
        let ordered = scorers.filter { scores[$0] != nil } + scores.keys.sorted().filter { !scorers.contains($0) }
        for name in ordered {
            let score = scores[name]!
            var raw = score.value
            if name == eval.headlineScorer, let member = eval.headlineScore, let picked = raw[member] { raw = picked }
            guard let value = scoreValue(raw) else {
                throw EvalInputError(location: "\(location).scores.\(name)", message: "score value \(score.value.canonicalText) is not C/I/P/N, a boolean, a number in 0...1, or a list or dictionary of those")
            }
            metrics[name] = value
            verdicts.append(GraderVerdict(grader: name, pass: value == 1, score: value, reason: score.explanation ?? score.answer ?? ""))
        }
        let errorText = sample.error.map { $0["message"]?.displayText ?? $0.displayText }
        let primary = verdicts.first
        return EvalCase(
            key: "\(sample.id.displayText)#\(sample.epoch ?? 1)",
            input: sample.input.map(messagesText) ?? "",
            output: outputText(sample.output),
            expected: sample.target.map(targetText),
            pass: primary?.pass ?? false,
            score: primary?.score ?? 0,
            metrics: metrics,
            verdicts: verdicts,
            latencyMs: sample.totalTime.map { $0 * 1000 },
            tokens: sample.output?.usage,
            cost: sample.totalCost,
            error: errorText ?? (primary == nil ? "no score" : nil)
        )
    }

    /// C/I/P/N, booleans, numbers in 0...1, or a dictionary or list of those (its mean).
    static func scoreValue(_ value: JSONValue) -> Double? {
        switch value {
        case .string(let letter):
            switch letter { case "C": return 1; case "I": return 0; case "P": return 0.5; case "N": return 0; default: return Double(letter).flatMap(unitInterval) }
        case .bool(let flag): return flag ? 1 : 0
        case .number: return value.numberValue.flatMap(unitInterval)
        case .object(let members): return mean(members.map { scoreValue($0.value) })
        case .array(let items): return mean(items.map(scoreValue))
        default: return nil
        }
    }

    private static func mean(_ values: [Double?]) -> Double? {
        guard !values.isEmpty, !values.contains(where: { $0 == nil }) else { return nil }
        return values.compactMap { $0 }.reduce(0, +) / Double(values.count)
    }

    private static func unitInterval(_ number: Double) -> Double? { (0...1).contains(number) ? number : nil }

    /// A string input as is; a message list as its contents (with `role:` prefixes when there are several).
    static func messagesText(_ input: JSONValue) -> String {
        guard case .array(let messages) = input else { return input.displayText }
        if messages.count == 1, let content = messages[0]["content"] { return contentText(content) }
        return messages.map { message in
            "\(message["role"]?.displayText ?? "message"): \(message["content"].map(contentText) ?? "")"
        }.joined(separator: "\n")
    }

    /// Message content: a string, or a list of parts whose text parts are joined.
    static func contentText(_ content: JSONValue) -> String {
        guard case .array(let parts) = content else { return content.displayText }
        return parts.map { part in part["text"]?.displayText ?? "[\(part["type"]?.displayText ?? "content")]" }.joined(separator: "\n")
    }

    private static func outputText(_ output: Inspect.Output?) -> String {
        if let completion = output?.completion { return completion }
        return output?.firstContent.map(contentText) ?? ""
    }

    private static func targetText(_ target: JSONValue) -> String {
        if case .array(let items) = target { return items.map(\.displayText).joined(separator: "\n") }
        return target.displayText
    }
}
