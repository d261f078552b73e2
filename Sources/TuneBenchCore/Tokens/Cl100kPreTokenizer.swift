/// The cl100k_base pre-tokenizer, a hand-written scanner for tiktoken's pattern
///
///     '(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s
///
/// tried alternative by alternative at each position, as the regex engine does (leftmost-first, possessive where marked).
struct Cl100kPreTokenizer: PreTokenizer {
    let text: ClassifiedUTF8

    init(_ text: ClassifiedUTF8) { self.text = text }

    func pieceEnd(from i: Int) -> Int {
        // '(?i:[sdmt]|ll|ve|re)
        if let end = text.contractionEnd(at: i) { return end }
        let (first, firstLength) = text.scalar(at: i)
        // [^\r\n\p{L}\p{N}]?+\p{L}++
        if first.contains(.letter) { return text.runEnd(from: i + firstLength, whileAny: .letter) }
        let next = i + firstLength
        if first.isWordPrefix, next < text.count, text.scalar(at: next).0.contains(.letter) {
            return text.runEnd(from: next, whileAny: .letter)
        }
        // \p{N}{1,3}+
        if first.contains(.number) { return text.numberRunEnd(afterFirstAt: next) }
        // ?[^\s\p{L}\p{N}]++[\r\n]*+
        var punctuationStart = i
        if text.bytes[i] == 0x20, next < text.count, text.scalar(at: next).0.isPunctuation { punctuationStart = next }
        if punctuationStart != i || first.isPunctuation {
            let end = text.punctuationRunEnd(from: punctuationStart)
            return text.runEnd(from: end, whileAny: .lineBreak)
        }
        // Only whitespace is left.
        let run = text.whitespaceRun(from: i)
        if run.end == text.count { return run.end }                  // \s++$
        if let afterBreak = run.afterLastLineBreak { return afterBreak } // \s*[\r\n]
        if run.lastScalarStart > i { return run.lastScalarStart }     // \s+(?!\S)
        return next                                                   // \s
    }
}
