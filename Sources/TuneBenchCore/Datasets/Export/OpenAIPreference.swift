/// OpenAI's preference (DPO) records, written from the normalised form:
/// `{"input": {"messages": [...], "tools"?, "parallel_tool_calls"?}, "preferred_output": [...], "non_preferred_output": [...]}`.
public enum OpenAIPreference {
    /// The record for a normalised preference example (the trailing assistant turns are the preferred output), or
    /// nil when it has no rejected reply.
    public static func record(_ example: NormalisedExample) -> JSONValue? {
        example.rejected.map { record(example, rejected: $0) }
    }

    /// The record with `rejected` as the non-preferred output (the example's own rejected reply is not read).
    public static func record(_ example: NormalisedExample, rejected: [JSONValue]) -> JSONValue {
        var messages = example.messages
        var preferred: [JSONValue] = []
        while let last = messages.last, last["role"]?.stringValue == "assistant" { preferred.insert(messages.removeLast(), at: 0) }
        var input: [JSONMember] = [JSONMember("messages", .array(messages))]
        if let tools = example.chat["tools"] { input.append(JSONMember("tools", tools)) }
        if let parallel = example.chat["parallel_tool_calls"] { input.append(JSONMember("parallel_tool_calls", parallel)) }
        return .object([
            JSONMember("input", .object(input)),
            JSONMember("preferred_output", .array(preferred)),
            JSONMember("non_preferred_output", .array(rejected)),
        ])
    }
}
