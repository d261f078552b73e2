/// Writes one stored example in an export format: the original bytes when the format is the dataset's own,
/// otherwise a conversion of its normalised form (or a reason why the example cannot be expressed).
public struct ExampleExporter: Sendable {
    public var sourceFormat: DatasetFormat
    public var targetFormat: DatasetFormat
    public var normaliser: Normaliser

    public init(sourceFormat: DatasetFormat, targetFormat: DatasetFormat, columnMapping: CSVColumnMapping? = nil) {
        self.sourceFormat = sourceFormat
        self.targetFormat = targetFormat
        normaliser = Normaliser(format: sourceFormat, columnMapping: columnMapping)
    }

    /// The output line (without newline) for an example stored as `original`.
    public func export(original: [UInt8]) -> Result<[UInt8], ExportSkip> {
        if sourceFormat == targetFormat { return .success(original) }
        guard let record = try? JSONParser.parse(original) else { return .failure(.unreadable) }
        let example = normaliser.normalise(record)
        let value: JSONValue
        switch targetFormat {
        case .openaiChat:
            value = example.chat
        case .openaiPreference:
            guard let record = OpenAIPreference.record(example) else { return .failure(.noRejectedReply) }
            value = record
        case .trlPreference:
            guard let record = TRLPreference.record(example) else { return .failure(.noRejectedReply) }
            value = record
        case .alpaca:
            let messages = example.messages
            let system = messages.filter { $0["role"]?.stringValue == "system" }
            let rest = messages.filter { $0["role"]?.stringValue != "system" }
            guard system.count <= 1, rest.count == 2, rest[0]["role"]?.stringValue == "user",
                  rest[1]["role"]?.stringValue == "assistant",
                  let instruction = ContentText.text(of: rest[0]["content"]),
                  let output = ContentText.text(of: rest[1]["content"]) else { return .failure(.notSingleTurn) }
            var members: [JSONMember] = []
            if let systemText = system.first.flatMap({ ContentText.text(of: $0["content"]) }) {
                members.append(JSONMember("system", .string(systemText)))
            }
            members += [JSONMember("instruction", .string(instruction)), JSONMember("input", .string("")),
                        JSONMember("output", .string(output))]
            value = .object(members)
        case .sharegpt:
            var turns: [JSONValue] = []
            for message in example.messages {
                guard message["tool_calls"] == nil, message["function_call"] == nil,
                      let role = message["role"]?.stringValue,
                      let text = ContentText.text(of: message["content"]) else { return .failure(.hasToolCalls) }
                turns.append(.object([JSONMember("from", .string(Normaliser.shareGPTSpeaker(role))),
                                      JSONMember("value", .string(text))]))
            }
            value = .object([JSONMember("conversations", .array(turns))])
        case .promptCompletion, .csv:
            return .failure(.formatNotExportable)
        }
        var out: [UInt8] = []
        JSONWriter.write(value, into: &out)
        return .success(out)
    }
}

/// Why an example was left out of an export.
public enum ExportSkip: String, Error, Sendable, Codable {
    case unreadable = "the stored record is not valid JSON"
    case noRejectedReply = "no non-preferred output (not a preference pair)"
    case notSingleTurn = "not one user turn and one assistant reply"
    case hasToolCalls = "tool calls cannot be written as ShareGPT"
    case formatNotExportable = "this format cannot be exported"
}
