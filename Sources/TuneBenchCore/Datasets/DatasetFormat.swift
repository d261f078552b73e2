/// The record shapes tunebench imports and exports (formats.md §1).
public enum DatasetFormat: String, CaseIterable, Sendable, Codable {
    /// `{"messages":[...], "tools"?, "parallel_tool_calls"?}`
    case openaiChat = "openai-chat"
    /// `{"input":{"messages":[...]}, "preferred_output":[...], "non_preferred_output":[...]}` (DPO)
    case openaiPreference = "openai-preference"
    /// TRL's preference format: `{"prompt"?, "chosen", "rejected"}`, each a string (standard) or a message list
    /// (conversational); without `prompt` the shared start of `chosen` and `rejected` is the prompt.
    case trlPreference = "trl-preference"
    /// `{"prompt": ..., "completion": ...}`, strings or (TRL conversational) message lists
    case promptCompletion = "prompt-completion"
    /// `{"instruction": ..., "input": ..., "output": ...}`
    case alpaca
    /// `{"conversations":[{"from": "human"|"gpt"|"system", "value": ...}]}`
    case sharegpt
    /// A CSV file with a header row, read through a column mapping.
    case csv

    /// Parses a `--format` value.
    public init(name: String) throws(DatasetFileError) {
        guard let format = DatasetFormat(rawValue: name) else { throw DatasetFileError.unknownFormat(name) }
        self = format
    }

    /// The formats `tunebench export` can write.
    public static let exportable: [DatasetFormat] = [.openaiChat, .openaiPreference, .trlPreference, .alpaca, .sharegpt]

    /// The format a parsed record looks like, or nil when its keys match none.
    public static func recognise(_ record: JSONValue) -> DatasetFormat? {
        guard record.isObject else { return nil }
        if record["messages"] != nil { return .openaiChat }
        if record["preferred_output"] != nil || record["non_preferred_output"] != nil { return .openaiPreference }
        if record["chosen"] != nil && record["rejected"] != nil { return .trlPreference }
        if record["conversations"] != nil { return .sharegpt }
        if record["instruction"] != nil && record["output"] != nil { return .alpaca }
        if record["prompt"] != nil && record["completion"] != nil { return .promptCompletion }
        return nil
    }
}

/// How records sit in a file.
public enum DatasetContainer: Sendable, Equatable {
    /// One JSON value per line.
    case jsonLines
    /// One JSON array of records.
    case jsonArray
    /// JSON values one after another, each over several lines (pretty-printed).
    case jsonValues
    /// A CSV table with a header row.
    case csv
}
