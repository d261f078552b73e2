/// A token estimate for when no rank file is available: never exact, and labelled as such.
///
/// Works over Unicode scalars in one pass, approximating how byte-level BPE vocabularies of the GPT family split text:
/// - a run of letters costs about one token per 4 letters (at least 1),
/// - a run of digits costs one token per 3 digits (tiktoken splits numbers into groups of at most 3),
/// - each punctuation or symbol scalar costs 1 (an emoji or other non-BMP symbol costs 2),
/// - each CJK ideograph / kana / hangul scalar costs 1,
/// - a whitespace run costs 1 when it stands alone (a single space before a word is folded into the word's token),
///   and each line break costs 1.
///
/// On English prose this lands within about 10-15% of cl100k_base and o200k_base.
public struct EstimatedTokenCounter: TokenCounter {
    /// `"estimate"`: shown wherever a figure comes from this counter.
    public let encodingName = "estimate"
    /// Always false.
    public let isExact = false

    public init() {}

    public func count(_ text: String) -> Int {
        var tokens = 0
        var letters = 0
        var digits = 0
        var spaces = 0

        func flushLetters() {
            if letters > 0 { tokens += (letters + 3) / 4 }
            letters = 0
        }
        func flushDigits() {
            if digits > 0 { tokens += (digits + 2) / 3 }
            digits = 0
        }
        /// A whitespace run directly before a word is mostly absorbed by it: only runs longer than one cost a token.
        func flushSpaces(beforeWord: Bool) {
            if spaces > (beforeWord ? 1 : 0) { tokens += 1 }
            spaces = 0
        }

        for scalar in text.unicodeScalars {
            switch ScalarKind(scalar) {
            case .letter:
                flushDigits()
                flushSpaces(beforeWord: true)
                letters += 1
            case .digit:
                flushLetters()
                flushSpaces(beforeWord: false)
                digits += 1
            case .ideograph:
                flushLetters(); flushDigits(); flushSpaces(beforeWord: true)
                tokens += 1
            case .lineBreak:
                flushLetters(); flushDigits(); flushSpaces(beforeWord: false)
                tokens += 1
            case .space:
                flushLetters(); flushDigits()
                spaces += 1
            case .mark:
                // Combining marks ride on the letter before them, costing about one extra byte-pair each.
                letters += 2
            case .symbol(let cost):
                flushLetters(); flushDigits(); flushSpaces(beforeWord: true)
                tokens += cost
            }
        }
        flushLetters()
        flushDigits()
        flushSpaces(beforeWord: false)
        return tokens
    }
}

/// The estimator's coarse classes of Unicode scalars.
private enum ScalarKind {
    case letter, digit, ideograph, space, lineBreak, mark
    case symbol(cost: Int)

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x30...0x39: self = .digit
            case 0x0A, 0x0D: self = .lineBreak
            case 0x09, 0x0B, 0x0C, 0x20: self = .space
            default: self = .symbol(cost: 1)
            }
            return
        }
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            self = .ideograph
            return
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { self = .space; return }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            self = .letter
        case .decimalNumber, .letterNumber, .otherNumber:
            self = .digit
        case .nonspacingMark, .spacingMark, .enclosingMark:
            self = .mark
        default:
            self = .symbol(cost: value > 0xFFFF ? 2 : 1)
        }
    }
}
