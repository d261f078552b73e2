/// One case of a run as preference pairing needs it.
public struct PreferenceCase: Sendable, Equatable {
    public var key: String
    public var input: String
    public var output: String
    /// The effective verdict: a human override's when there is one, else the imported one (what `evals compare`
    /// counts).
    public var pass: Bool
    /// The override's note when a human overrode the verdict; nil when the imported verdict stands.
    public var overrideNote: String?

    public init(key: String, input: String, output: String, pass: Bool, overrideNote: String? = nil) {
        self.key = key
        self.input = input
        self.output = output
        self.pass = pass
        self.overrideNote = overrideNote
    }
}

/// A preference record made from one shared case where exactly one of two runs passed.
public struct PreferencePair: Sendable, Equatable {
    /// Which of the two runs a reply came from.
    public enum Side: String, Sendable, Codable {
        case a, b
    }

    public var key: String
    /// The shared input as messages: the input's own message list, or the input text as one user message.
    public var prompt: [JSONValue]
    /// The passing run's output.
    public var chosen: String
    /// The failing run's output.
    public var rejected: String
    /// The run that passed.
    public var chosenSide: Side
    /// Override notes of the passing and the failing case (nil: that verdict was not overridden).
    public var chosenNote: String?
    public var rejectedNote: String?

    public init(key: String, prompt: [JSONValue], chosen: String, rejected: String, chosenSide: Side,
                chosenNote: String? = nil, rejectedNote: String? = nil) {
        self.key = key
        self.prompt = prompt
        self.chosen = chosen
        self.rejected = rejected
        self.chosenSide = chosenSide
        self.chosenNote = chosenNote
        self.rejectedNote = rejectedNote
    }
}

/// Why a case both runs share gave no preference pair.
public enum PreferenceSkip: String, CaseIterable, Sendable, Codable {
    case bothPass = "both_pass"
    case bothFail = "both_fail"
    /// One run's input is empty.
    case missingInput = "missing_input"
    /// The two runs' inputs differ: the outputs answer different prompts.
    case inputDiffers = "input_differs"
    /// One run's output is empty (or only white space), as when the call failed.
    case missingOutput = "missing_output"
    /// Both outputs are the same text: there is nothing to prefer.
    case sameOutput = "same_output"
    /// The input is a message list ending with an assistant turn, which neither format can hold as a prompt.
    case inputEndsWithAssistant = "input_ends_with_assistant"

    /// The reason as words, for the text report.
    public var words: String {
        switch self {
        case .bothPass: "both pass"
        case .bothFail: "both fail"
        case .missingInput: "missing input"
        case .inputDiffers: "input differs"
        case .missingOutput: "missing output"
        case .sameOutput: "same output"
        case .inputEndsWithAssistant: "input ends with an assistant turn"
        }
    }
}

/// Preference pairs from two eval runs: for every case both share where exactly one passes (effective verdicts,
/// overrides applied), the shared input with the passing output as chosen and the failing one as rejected.
public struct PreferencePairs: Sendable, Equatable {
    /// In run A's case order.
    public var pairs: [PreferencePair]
    /// Shared cases that gave no pair, by reason (every reason present, zero when none).
    public var skipped: [PreferenceSkip: Int]
    /// Cases whose key is in both runs.
    public var sharedCases: Int
    /// Cases only in A, and only in B (never paired).
    public var onlyInA: Int
    public var onlyInB: Int

    /// Pairs the cases of A and B on their keys.
    public static func make(a: [PreferenceCase], b: [PreferenceCase]) -> PreferencePairs {
        var indexOfB: [String: Int] = [:]
        indexOfB.reserveCapacity(b.count)
        for (index, item) in b.enumerated() { indexOfB[item.key] = index }
        var result = PreferencePairs(
            pairs: [], skipped: Dictionary(uniqueKeysWithValues: PreferenceSkip.allCases.map { ($0, 0) }),
            sharedCases: 0, onlyInA: 0, onlyInB: 0)
        for first in a {
            guard let index = indexOfB[first.key] else { result.onlyInA += 1; continue }
            result.sharedCases += 1
            switch pair(first, b[index]) {
            case .pair(let pair): result.pairs.append(pair)
            case .skip(let reason): result.skipped[reason, default: 0] += 1
            }
        }
        result.onlyInB = b.count - result.sharedCases
        return result
    }

    /// Pairs whose chosen reply is run A's.
    public var chosenFromA: Int { pairs.reduce(0) { $0 + ($1.chosenSide == .a ? 1 : 0) } }

    /// Shared cases that gave no pair.
    public var skippedCount: Int { skipped.values.reduce(0, +) }

    /// What one shared case gives: a pair, or the reason there is none.
    enum CaseOutcome: Equatable {
        case pair(PreferencePair)
        case skip(PreferenceSkip)
    }

    /// The pair of one shared case, or why there is none.
    static func pair(_ a: PreferenceCase, _ b: PreferenceCase) -> CaseOutcome {
        let (winner, loser, side): (PreferenceCase, PreferenceCase, PreferencePair.Side)
        switch (a.pass, b.pass) {
        case (true, true): return .skip(.bothPass)
        case (false, false): return .skip(.bothFail)
        case (true, false): (winner, loser, side) = (a, b, .a)
        case (false, true): (winner, loser, side) = (b, a, .b)
        }
        if isBlank(a.input) || isBlank(b.input) { return .skip(.missingInput) }
        if a.input != b.input { return .skip(.inputDiffers) }
        if isBlank(winner.output) || isBlank(loser.output) { return .skip(.missingOutput) }
        if winner.output == loser.output { return .skip(.sameOutput) }
        let prompt = promptMessages(a.input)
        if prompt.last?["role"]?.stringValue == "assistant" { return .skip(.inputEndsWithAssistant) }
        return .pair(PreferencePair(key: a.key, prompt: prompt, chosen: winner.output, rejected: loser.output,
                                       chosenSide: side, chosenNote: winner.overrideNote, rejectedNote: loser.overrideNote))
    }

    /// An input as messages: a JSON list of message objects (each with a string `role` and a `content`) as it is,
    /// any other text as one user message.
    public static func promptMessages(_ input: String) -> [JSONValue] {
        if input.utf8.first(where: { !isSpace($0) }) == UInt8(ascii: "["),
           let messages = (try? JSONParser.parse(input))?.arrayValue, !messages.isEmpty,
           messages.allSatisfy({ $0["role"]?.stringValue != nil && $0["content"] != nil }) {
            return messages
        }
        return [Normaliser.message("user", .string(input))]
    }

    private static func isBlank(_ text: String) -> Bool { text.utf8.allSatisfy(isSpace) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }
}
