/// A search as the user typed it, split the way the search index reads text: words (runs of letters and digits,
/// as FTS5's unicode61 tokenizer cuts them; case and accents do not matter) and runs of CJK characters (which
/// unicode61 cannot cut into words; the trigram index matches them as substrings). Every part is required.
/// Nothing the user types reaches FTS5 as syntax: each part becomes a quoted string, so `"`, `*`, `-`, `AND`,
/// `NEAR(` or `:` are text, never operators. One convenience survives: a word typed with a trailing `*`
/// (`optim*`) matches every word it begins.
public struct SearchQuery: Sendable, Equatable {
    /// What was typed.
    public var text: String
    /// The words, in order (lowercased by the index, not here).
    public var words: [String]
    /// Words typed with a trailing `*`: match as prefixes.
    public var prefixWords: Set<Int>
    /// The CJK runs, in order.
    public var cjkRuns: [String]

    public init(_ text: String) {
        self.text = text
        words = []
        prefixWords = []
        cjkRuns = []
        for typed in text.split(whereSeparator: \.isWhitespace) {
            var piece = typed[...]
            while piece.hasSuffix("*") { piece = piece.dropLast() }
            let typedPrefix = piece.count < typed.count
                && piece.unicodeScalars.last.map { Self.isTokenCharacter($0) && !ProjectStore.isCJK($0) } == true
            var word = String.UnicodeScalarView(), run = String.UnicodeScalarView()
            func endWord() {
                if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
            }
            func endRun() {
                if !run.isEmpty { cjkRuns.append(String(run)); run = String.UnicodeScalarView() }
            }
            for scalar in piece.unicodeScalars {
                if ProjectStore.isCJK(scalar) {
                    endWord()
                    run.append(scalar)
                } else if Self.isTokenCharacter(scalar) {
                    endRun()
                    word.append(scalar)
                } else {
                    endWord()
                    endRun()
                }
            }
            endWord()
            endRun()
            if typedPrefix { prefixWords.insert(words.count - 1) }
        }
    }

    /// Nothing the index can look up (only punctuation or spaces): such a search reads the stored text instead.
    public var isIndexable: Bool { !words.isEmpty || !cjkRuns.isEmpty }

    /// What the detail view highlights: every word and CJK run.
    public var terms: [String] { words + cjkRuns }

    /// The FTS5 expression over the word index (`"gpu" "optim"*`), nil without words.
    var wordExpression: String? {
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { Self.quoted($1) + (prefixWords.contains($0) ? "*" : "") }.joined(separator: " ")
    }

    /// The CJK runs the trigram index can look up (three characters or more), as one FTS5 expression.
    var trigramExpression: String? {
        let long = cjkRuns.filter { $0.unicodeScalars.count >= 3 }
        return long.isEmpty ? nil : long.map(Self.quoted).joined(separator: " ")
    }

    /// CJK runs of one or two characters: the trigram index cannot look them up, so the examples' CJK runs
    /// (`example_cjk_runs`) are read for them.
    var shortCJKRuns: [String] { cjkRuns.filter { $0.unicodeScalars.count < 3 } }

    /// An FTS5 string: the text in double quotes, inner quotes doubled.
    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The characters unicode61 keeps in tokens: letters, numbers and private-use characters.
    static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse: true
        default: false
        }
    }
}
