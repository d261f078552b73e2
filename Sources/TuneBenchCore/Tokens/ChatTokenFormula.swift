/// The per-example token count of OpenAI's chat fine-tuning data-prep check (formats.md §3), plus the tool
/// definitions that check ignores.
///
/// Per message: 3 tokens, plus the tokens of every value (the role string too), plus 1 per `name` key; then 3 for
/// the reply priming. Assistant tokens are the tokens of assistant contents only, without overhead.
/// Values that are not strings are counted as follows (the reference code cannot encode them at all):
/// `weight` adds nothing (it is training metadata, never sent), a content array counts its text parts,
/// `tool_calls` count each call's function name and arguments, anything else counts as its compact JSON.
public struct ChatTokenFormula: Sendable, Equatable {
    public var tokensPerMessage = 3
    public var tokensPerName = 1
    public var replyPriming = 3
    /// Constants for the tool definitions; nil leaves tools out, as the data-prep check does.
    public var toolConstants: ToolTokenConstants? = .gpt4o

    public init(toolConstants: ToolTokenConstants? = .gpt4o) { self.toolConstants = toolConstants }

    /// The reference formula: messages only, tools ignored.
    public static let dataPrepReference = ChatTokenFormula(toolConstants: nil)

    /// Counts one normalised example.
    public func count(_ example: NormalisedExample, with counter: any TokenCounter) -> ChatTokenCount {
        var total = 0
        var assistant = 0
        let messages = example.messages
        for message in messages {
            total += tokensPerMessage
            guard let members = message.objectMembers else {
                total += counter.count(JSONWriter.string(message))
                continue
            }
            for member in members {
                total += tokens(ofValue: member.value, key: member.key, counter: counter)
                if member.key == "name" { total += tokensPerName }
            }
            if message["role"]?.stringValue == "assistant", let content = message["content"] {
                assistant += contentTokens(content, counter: counter)
            }
        }
        total += replyPriming
        if let toolConstants, !example.tools.isEmpty {
            total += toolConstants.tokens(of: example.tools, counter: counter)
        }
        return ChatTokenCount(total: total, assistant: assistant, messages: messages.count)
    }

    private func tokens(ofValue value: JSONValue, key: String, counter: any TokenCounter) -> Int {
        switch key {
        case "weight": return 0
        case "content": return contentTokens(value, counter: counter)
        case "tool_calls":
            guard let calls = value.arrayValue else { return counter.count(JSONWriter.string(value)) }
            return calls.reduce(0) { sum, call in
                let function = call["function"]
                return sum + counter.count(function?["name"]?.stringValue ?? "")
                    + counter.count(function?["arguments"]?.stringValue ?? "")
            }
        default:
            if case .string(let text) = value { return counter.count(text) }
            return counter.count(JSONWriter.string(value))
        }
    }

    private func contentTokens(_ content: JSONValue, counter: any TokenCounter) -> Int {
        switch content {
        case .string(let text): return counter.count(text)
        case .null: return 0
        case .array(let parts):
            return parts.reduce(0) { sum, part in sum + (ContentText.textOfPart(part).map(counter.count) ?? 0) }
        default: return counter.count(JSONWriter.string(content))
        }
    }
}

/// Token figures of one example.
public struct ChatTokenCount: Sendable, Equatable {
    public var total: Int
    public var assistant: Int
    public var messages: Int

    public init(total: Int, assistant: Int, messages: Int) {
        self.total = total
        self.assistant = assistant
        self.messages = messages
    }
}

/// The cookbook's constants for counting function definitions ("How to count tokens with tiktoken").
public struct ToolTokenConstants: Sendable, Equatable {
    public var functionInit: Int
    public var propertyInit = 3
    public var propertyKey = 3
    public var enumInit = -3
    public var enumItem = 3
    public var functionEnd = 12

    /// gpt-4o and gpt-4o-mini.
    public static let gpt4o = ToolTokenConstants(functionInit: 7)
    /// gpt-3.5-turbo and gpt-4.
    public static let gpt4 = ToolTokenConstants(functionInit: 10)

    /// Tokens of a `tools` list: per function `name:description` (trailing dot removed), per property
    /// `name:type:description` plus enum items. A missing description counts as empty.
    public func tokens(of tools: [JSONValue], counter: any TokenCounter) -> Int {
        guard !tools.isEmpty else { return 0 }
        var sum = 0
        for tool in tools {
            sum += functionInit
            let function = tool["function"] ?? tool
            let name = function["name"]?.stringValue ?? ""
            sum += counter.count(name + ":" + Self.withoutTrailingDot(function["description"]?.stringValue ?? ""))
            guard let properties = function["parameters"]?["properties"]?.objectMembers, !properties.isEmpty else { continue }
            sum += propertyInit
            for property in properties {
                sum += propertyKey
                if let items = property.value["enum"]?.arrayValue {
                    sum += enumInit
                    for item in items {
                        sum += enumItem + counter.count(item.stringValue ?? JSONWriter.string(item))
                    }
                }
                let type = property.value["type"].map { $0.stringValue ?? JSONWriter.string($0) } ?? ""
                let description = Self.withoutTrailingDot(property.value["description"]?.stringValue ?? "")
                sum += counter.count("\(property.key):\(type):\(description)")
            }
        }
        return sum + functionEnd
    }

    private static func withoutTrailingDot(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
