/// A record in the one shape the rest of tunebench reads: an OpenAI chat object
/// (`{"messages": [...], "tools"?, "parallel_tool_calls"?}`), plus the rejected reply of a preference pair.
///
/// It is derived from the stored original on demand (never stored), so the text is stored once.
public struct NormalisedExample: Sendable, Equatable {
    /// The record as an OpenAI chat object; for openai-chat records, the record itself.
    public var chat: JSONValue
    /// The non-preferred output of a preference record.
    public var rejected: [JSONValue]?

    public init(chat: JSONValue, rejected: [JSONValue]? = nil) {
        self.chat = chat
        self.rejected = rejected
    }

    /// The messages, or an empty list when there is no `messages` array.
    public var messages: [JSONValue] { chat["messages"]?.arrayValue ?? [] }
    /// The tool definitions, when present.
    public var tools: [JSONValue] { chat["tools"]?.arrayValue ?? [] }
}

/// Turns a record of any format into its `NormalisedExample`.
public struct Normaliser: Sendable {
    public var format: DatasetFormat
    /// Used for `.csv` records only.
    public var columnMapping: CSVColumnMapping?

    public init(format: DatasetFormat, columnMapping: CSVColumnMapping? = nil) {
        self.format = format
        self.columnMapping = columnMapping
    }

    /// The normalised form of `record`. Missing pieces stay missing, so validation reports them by name.
    public func normalise(_ record: JSONValue) -> NormalisedExample {
        switch format {
        case .openaiChat:
            return NormalisedExample(chat: record)
        case .openaiPreference:
            var members: [JSONMember] = []
            let input = record["input"]
            if let messages = input?["messages"]?.arrayValue {
                let preferred = record["preferred_output"]?.arrayValue ?? []
                members.append(JSONMember("messages", .array(messages + preferred)))
            }
            if let tools = input?["tools"] { members.append(JSONMember("tools", tools)) }
            if let parallel = input?["parallel_tool_calls"] { members.append(JSONMember("parallel_tool_calls", parallel)) }
            return NormalisedExample(chat: .object(members), rejected: record["non_preferred_output"]?.arrayValue)
        case .promptCompletion:
            if let prompt = record["prompt"]?.arrayValue {
                let completion = record["completion"]?.arrayValue ?? record["completion"].map { [Self.message("assistant", $0)] } ?? []
                return NormalisedExample(chat: .object([JSONMember("messages", .array(prompt + completion))]))
            }
            return chat([("user", record["prompt"]), ("assistant", record["completion"])])
        case .trlPreference:
            return TRLPreference.normalise(record)
        case .alpaca:
            var prompt = record["instruction"]
            if let instruction = prompt?.stringValue, let input = record["input"]?.stringValue, !input.isEmpty {
                prompt = .string(instruction + "\n\n" + input)
            }
            var turns: [(String, JSONValue?)] = []
            if let system = record["system"]?.stringValue, !system.isEmpty { turns.append(("system", .string(system))) }
            turns += [("user", prompt), ("assistant", record["output"])]
            return chat(turns)
        case .sharegpt:
            guard let conversation = record["conversations"]?.arrayValue else { return NormalisedExample(chat: .object([])) }
            let messages: [JSONValue] = conversation.map { turn in
                guard turn.isObject else { return turn }
                var members: [JSONMember] = []
                if let from = turn["from"] {
                    members.append(JSONMember("role", from.stringValue.map { .string(Self.shareGPTRole($0)) } ?? from))
                }
                if let value = turn["value"] { members.append(JSONMember("content", value)) }
                if let weight = turn["weight"] { members.append(JSONMember("weight", weight)) }
                return .object(members)
            }
            return NormalisedExample(chat: .object([JSONMember("messages", .array(messages))]))
        case .csv:
            var turns: [(String, JSONValue?)] = []
            for pair in columnMapping?.columns ?? [] {
                guard let text = record[pair.column]?.stringValue, !(pair.role != "assistant" && text.isEmpty) else { continue }
                if let last = turns.last, last.0 == pair.role, let previous = last.1?.stringValue {
                    turns[turns.count - 1].1 = .string(previous + "\n\n" + text)
                } else {
                    turns.append((pair.role, .string(text)))
                }
            }
            return chat(turns)
        }
    }

    /// ShareGPT speaker names as chat roles; unknown names pass through (validation names them).
    public static func shareGPTRole(_ from: String) -> String {
        switch from.lowercased() {
        case "human", "user": "user"
        case "gpt", "assistant", "model", "chatgpt", "bing", "bard": "assistant"
        case "system": "system"
        case "tool", "function", "function_response", "observation": "tool"
        default: from
        }
    }

    /// The ShareGPT speaker name for a chat role.
    public static func shareGPTSpeaker(_ role: String) -> String {
        switch role {
        case "user": "human"
        case "assistant": "gpt"
        default: role
        }
    }

    /// `{"role": ROLE, "content": CONTENT}`.
    static func message(_ role: String, _ content: JSONValue) -> JSONValue {
        .object([JSONMember("role", .string(role)), JSONMember("content", content)])
    }

    private func chat(_ turns: [(String, JSONValue?)]) -> NormalisedExample {
        let messages: [JSONValue] = turns.compactMap { role, content in
            guard let content else { return nil }
            return Self.message(role, content)
        }
        return NormalisedExample(chat: .object([JSONMember("messages", .array(messages))]))
    }
}
