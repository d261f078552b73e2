/// The o200k_base pre-tokenizer, a hand-written scanner for tiktoken's pattern, these alternatives joined by `|`:
///
///     [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
///     [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
///     \p{N}{1,3}
///      ?[^\s\p{L}\p{N}]+[\r\n/]*
///     \s*[\r\n]+
///     \s+(?!\S)
///     \s+
///
/// The word alternatives backtrack (the prefix is optional, and the head class overlaps the tail class); the scanner
/// reproduces the first match a backtracking engine finds, alternative by alternative.
struct O200kPreTokenizer: PreTokenizer {
    let text: ClassifiedUTF8

    init(_ text: ClassifiedUTF8) { self.text = text }

    func pieceEnd(from i: Int) -> Int {
        let (first, firstLength) = text.scalar(at: i)
        let next = i + firstLength
        // The word alternatives, in the engine's backtracking order: each with the optional prefix taken, then left
        // out (which matters only when the first scalar can itself be part of a word: a letter or a mark).
        let takePrefix = first.isWordPrefix
        let skipPrefix = first.rawValue & ScalarClass([.upperHead, .lowerTail]).rawValue != 0
        if takePrefix, let end = headThenTail(from: next) { return contractionOrNot(end) }
        if skipPrefix, let end = headThenTail(from: i) { return contractionOrNot(end) }
        if takePrefix, let end = headRequired(from: next) { return contractionOrNot(end) }
        if skipPrefix, let end = headRequired(from: i) { return contractionOrNot(end) }
        // \p{N}{1,3}
        if first.contains(.number) { return text.numberRunEnd(afterFirstAt: next) }
        // ?[^\s\p{L}\p{N}]+[\r\n/]*
        var punctuationStart = i
        if text.bytes[i] == 0x20, next < text.count, text.scalar(at: next).0.isPunctuation { punctuationStart = next }
        if punctuationStart != i || first.isPunctuation {
            let end = text.punctuationRunEnd(from: punctuationStart)
            return text.runEnd(from: end, whileAny: [.lineBreak, .slash])
        }
        // Only whitespace is left.
        let run = text.whitespaceRun(from: i)
        if let afterBreak = run.afterLastLineBreak { return afterBreak } // \s*[\r\n]+
        if run.end == text.count { return run.end }                  // \s+(?!\S) at the end
        if run.lastScalarStart > i { return run.lastScalarStart }     // \s+(?!\S)
        return run.end                                                // \s+
    }

    /// `[head]*[tail]+` from `start`: the end of its first match, or nil.
    ///
    /// The head run is greedy; when no tail scalar follows it, the engine gives head scalars back one at a time, and
    /// the first one that is also a tail scalar (Lm, Lo, M) ends the match right after itself.
    @inline(__always) private func headThenTail(from start: Int) -> Int? {
        var j = start
        var afterLastSharedScalar: Int?
        while j < text.count {
            let (flags, length) = text.scalar(at: j)
            guard flags.contains(.upperHead) else { break }
            j += length
            if flags.contains(.lowerTail) { afterLastSharedScalar = j }
        }
        if j < text.count, text.scalar(at: j).0.contains(.lowerTail) {
            return text.runEnd(from: j, whileAny: .lowerTail)
        }
        return afterLastSharedScalar
    }

    /// `[head]+[tail]*` from `start`: the end of its match, or nil when no head scalar is there.
    @inline(__always) private func headRequired(from start: Int) -> Int? {
        let headEnd = text.runEnd(from: start, whileAny: .upperHead)
        guard headEnd > start else { return nil }
        return text.runEnd(from: headEnd, whileAny: .lowerTail)
    }

    /// `(?i:'s|'t|'re|'ve|'m|'ll|'d)?` after a word.
    @inline(__always) private func contractionOrNot(_ end: Int) -> Int { text.contractionEnd(at: end) ?? end }
}
