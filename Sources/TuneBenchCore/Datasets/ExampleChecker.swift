/// The per-example checks of dataset validation (the set-wide duplicate checks live in `DuplicateFinder`).
public struct ExampleChecker: Sendable, Equatable {
    /// Examples with more tokens than this fail `over_token_limit` (gpt-4o-mini trains on up to 65,536).
    public var tokenLimit: Int
    /// When the project declares JSON output, every trained assistant content must parse as JSON.
    public var requireJSONOutput: Bool

    public init(tokenLimit: Int = 16_385, requireJSONOutput: Bool = false) {
        self.tokenLimit = tokenLimit
        self.requireJSONOutput = requireJSONOutput
    }

    static let referenceKeys: Set<String> = ["role", "content", "name", "function_call", "weight"]
    static let toolKeys: Set<String> = ["tool_calls", "tool_call_id"]
    static let referenceRoles: Set<String> = ["system", "user", "assistant", "function"]

    /// The findings for one example. `totalTokens` is its count under the chat formula.
    public func check(_ example: NormalisedExample, totalTokens: Int) -> CheckCounts {
        var found = CheckCounts()
        guard example.chat.isObject else {
            found.add(.dataType)
            return found
        }
        guard let messages = example.chat["messages"]?.arrayValue, !messages.isEmpty else {
            found.add(.missingMessagesList)
            return found
        }
        var roles: [String] = []
        for message in messages {
            checkReferenceRules(message, into: &found)
            checkExtraRules(message, into: &found)
            roles.append(message["role"]?.stringValue ?? "")
        }
        if !roles.contains("assistant") { found.add(.exampleMissingAssistantMessage) }
        if !roles.contains("system") { found.add(.missingSystemMessage) }
        if !roles.contains("user") { found.add(.missingUserMessage) }
        if !Self.turnsAlternate(roles) { found.add(.turnOrder) }
        if totalTokens > tokenLimit { found.add(.overTokenLimit) }
        return found
    }

    /// The data-prep check's rules, with tool data allowed: `tool_calls`/`tool_call_id` keys, the `tool` role,
    /// content arrays, and no content on a turn that calls a tool or function.
    private func checkReferenceRules(_ message: JSONValue, into found: inout CheckCounts) {
        guard let members = message.objectMembers else {
            found.add(.messageMissingKey)
            found.add(.unrecognizedRole)
            found.add(.missingContent)
            return
        }
        let role = message["role"]
        let content = message["content"]
        let callsTool = message["tool_calls"]?.isTruthy == true || message["function_call"]?.isTruthy == true
        if role == nil || (content == nil && !callsTool) { found.add(.messageMissingKey) }
        if members.contains(where: { !Self.referenceKeys.contains($0.key) && !Self.toolKeys.contains($0.key) }) {
            found.add(.messageUnrecognizedKey)
        }
        let roleName = role?.stringValue ?? ""
        if !Self.referenceRoles.contains(roleName) && roleName != "tool" { found.add(.unrecognizedRole) }
        if callsTool {
            switch content {
            case nil, .null?, .string?, .array?: break
            default: found.add(.missingContent)
            }
        } else if (ContentText.text(of: content) ?? "").isEmpty {
            found.add(.missingContent)
        }
    }

    private func checkExtraRules(_ message: JSONValue, into found: inout CheckCounts) {
        let isAssistant = message["role"]?.stringValue == "assistant"
        if let weight = message["weight"] {
            let value = weight.intValue
            if !isAssistant || (value != 0 && value != 1) { found.add(.invalidWeight) }
        }
        guard isAssistant, message["tool_calls"]?.isTruthy != true, message["function_call"]?.isTruthy != true,
              let text = ContentText.text(of: message["content"]) else { return }
        if text.allSatisfy(\.isWhitespace) { found.add(.emptyAssistantContent) }
        if requireJSONOutput && message["weight"]?.intValue != 0 && !text.allSatisfy(\.isWhitespace) {
            if (try? JSONParser.parse(text)) == nil { found.add(.invalidJSONOutput) }
        }
    }

    /// True when, after leading system messages, turns go user, assistant, user, ... where an assistant turn may
    /// run through tool results (`assistant`, `tool`, ..., `assistant`).
    static func turnsAlternate(_ roles: [String]) -> Bool {
        var index = 0
        while index < roles.count && roles[index] == "system" { index += 1 }
        var expectUser = true
        while index < roles.count {
            let role = roles[index]
            if expectUser {
                guard role == "user" else { return false }
                expectUser = false
                index += 1
            } else {
                guard role == "assistant" else { return false }
                while index < roles.count && (roles[index] == "assistant" || roles[index] == "tool" || roles[index] == "function") {
                    index += 1
                }
                expectUser = true
            }
        }
        return true
    }
}
