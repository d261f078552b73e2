/// TRL's preference records (`prompt`/`chosen`/`rejected`), read into and written from the normalised form.
///
/// Standard: each field a string (the prompt a user turn, chosen and rejected assistant replies). Conversational:
/// each a list of messages. Implicit prompt: no `prompt`, `chosen` and `rejected` whole conversations whose shared
/// start is the prompt.
public enum TRLPreference {
    /// The normalised example: prompt + chosen as the messages, the rejected reply as `rejected`.
    public static func normalise(_ record: JSONValue) -> NormalisedExample {
        var chosen = turns(record["chosen"])
        var rejected = turns(record["rejected"])
        let prompt: [JSONValue]
        if let given = record["prompt"] {
            prompt = given.arrayValue ?? [Normaliser.message("user", given)]
        } else {
            var shared = 0
            while shared < min(chosen.count, rejected.count) - 1, chosen[shared] == rejected[shared] { shared += 1 }
            prompt = Array(chosen.prefix(shared))
            chosen.removeFirst(shared)
            rejected.removeFirst(shared)
        }
        var members: [JSONMember] = [JSONMember("messages", .array(prompt + chosen))]
        if let tools = record["tools"] { members.append(JSONMember("tools", tools)) }
        return NormalisedExample(chat: .object(members), rejected: rejected)
    }

    /// The conversational record for a normalised preference example, or nil when it has no rejected reply.
    public static func record(_ example: NormalisedExample) -> JSONValue? {
        example.rejected.map { record(example, rejected: $0) }
    }

    /// The conversational record with `rejected` as the rejected reply (the example's own is not read).
    public static func record(_ example: NormalisedExample, rejected: [JSONValue]) -> JSONValue {
        var prompt = example.messages
        var chosen: [JSONValue] = []
        while let last = prompt.last, last["role"]?.stringValue == "assistant" { chosen.insert(prompt.removeLast(), at: 0) }
        return .object([
            JSONMember("prompt", .array(prompt)),
            JSONMember("chosen", .array(chosen)),
            JSONMember("rejected", .array(rejected)),
        ])
    }

    /// A field as messages: a list as it is, a string as one assistant reply.
    private static func turns(_ value: JSONValue?) -> [JSONValue] {
        guard let value else { return [] }
        return value.arrayValue ?? [Normaliser.message("assistant", value)]
    }
}
