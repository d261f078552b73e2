/// Deterministic message texts shaped like a generated chat fine-tuning set (docs: performance.md): system prompts on
/// most examples, some multi-turn, about 6% with CJK, emoji or accents, about 11% JSON assistant replies, and
/// synthetic words (so tokenizers see about 3 bytes per token, not English's 4).
struct SyntheticChatText {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// Message texts totalling at least `bytes` UTF-8 bytes.
    mutating func messages(totalling bytes: Int) -> [String] {
        var texts: [String] = []
        var total = 0
        while total < bytes {
            for text in example() {
                texts.append(text)
                total += text.utf8.count
            }
        }
        return texts
    }

    private mutating func example() -> [String] {
        var texts: [String] = []
        let decorated = chance(6)
        if chance(92) { texts.append(prose(sentences: 1 + below(3), decorated: false)) }
        let turns = chance(12) ? 2 + below(3) : 1
        for _ in 0..<turns {
            texts.append(prose(sentences: 1 + below(4), decorated: decorated))
            texts.append(chance(11) ? json() : prose(sentences: 2 + below(8), decorated: decorated))
        }
        return texts
    }

    private static let syllables = ["ka", "to", "ri", "men", "sa", "lo", "ver", "an", "ti", "que", "bra", "dun", "el", "os",
                                    "pi", "ga", "nor", "th", "ex", "ul", "ing", "ed", "st", "ion", "re", "co", "mp", "ly"]
    private static let common = ["the", "a", "of", "to", "and", "in", "is", "for", "with", "that", "on", "as", "you", "it",
                                 "be", "this", "model", "data", "can", "your", "please", "answer", "question", "user"]
    private static let decorations = ["日本語のテキスト", "中文字符", "한국어", "café", "naïve", "Ærøskøbing", "😀", "👍🏽",
                                      "👨‍👩‍👧", "¿Qué tal?", "straße", "Привет"]

    private mutating func word() -> String {
        if chance(45) { return Self.common[below(Self.common.count)] }
        var word = ""
        for _ in 0..<(1 + below(4)) { word += Self.syllables[below(Self.syllables.count)] }
        if chance(8) { word = word.prefix(1).uppercased() + word.dropFirst() }
        if chance(3) { word += String(below(10_000)) }
        return word
    }

    private mutating func prose(sentences: Int, decorated: Bool) -> String {
        var parts: [String] = []
        for _ in 0..<sentences {
            var words: [String] = []
            for _ in 0..<(4 + below(14)) { words.append(word()) }
            if decorated && chance(40) { words.insert(Self.decorations[below(Self.decorations.count)], at: below(words.count)) }
            var sentence = words.joined(separator: chance(5) ? ", " : " ")
            sentence = sentence.prefix(1).uppercased() + sentence.dropFirst()
            parts.append(sentence + [".", ".", ".", "?", "!", ":"][below(6)])
        }
        return parts.joined(separator: chance(15) ? "\n\n" : " ")
    }

    private mutating func json() -> String {
        var fields: [String] = []
        for _ in 0..<(2 + below(5)) {
            let value = chance(40) ? String(below(100_000)) : "\"\(prose(sentences: 1, decorated: false))\""
            fields.append("\"\(word())\": \(value)")
        }
        let text = "{" + fields.joined(separator: ", ") + "}"
        return chance(10) ? String(text.dropLast()) : text
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
