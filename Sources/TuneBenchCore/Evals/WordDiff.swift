/// A word-level diff of two texts: the longest common subsequence of their words (compared without the
/// whitespace around them, so a reflowed line is not a change), with what only the old text has marked removed and
/// what only the new text has marked added. Each side keeps its own whitespace: joining a side's pieces gives its
/// text back exactly.
///
///     let sides = WordDiff.diff("query { a }", "query { b }")
///     // sides.old: [same "query { ", removed "a ", same "}"]
///     // sides.new: [same "query { ", added "b ", same "}"]
public enum WordDiff {
    public enum Kind: Sendable, Equatable {
        case same, removed, added
    }

    /// A run of one or more words of one kind.
    public struct Piece: Sendable, Equatable {
        public var kind: Kind
        public var text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// Both texts as pieces: the old one's same and removed words, the new one's same and added words.
    public struct Sides: Sendable, Equatable {
        public var old: [Piece]
        public var new: [Piece]

        /// Words only one side has.
        public var changedWords: Int
    }

    /// Above this many cells (old words × new words, after the common start and end are taken off) the middle is
    /// shown as removed and added whole instead of searched: the table would cost too much time and memory.
    public static let maximumCells = 4_000_000

    public static func diff(_ old: String, _ new: String) -> Sides {
        let a = words(old), b = words(new)
        let keyA = a.map(key), keyB = b.map(key)
        // Equal words at the start and the end need no table (outputs that differ in one place are the rule).
        var prefix = 0
        while prefix < a.count, prefix < b.count, keyA[prefix] == keyB[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, keyA[a.count - 1 - suffix] == keyB[b.count - 1 - suffix] {
            suffix += 1
        }
        var oldPieces: [Piece] = [], newPieces: [Piece] = []
        var changed = 0
        func append(_ kind: Kind, _ word: Substring, to pieces: inout [Piece]) {
            if pieces.last?.kind == kind { pieces[pieces.count - 1].text += word } else { pieces.append(Piece(kind, String(word))) }
        }
        for index in 0..<prefix {
            append(.same, a[index], to: &oldPieces)
            append(.same, b[index], to: &newPieces)
        }
        let matched = commonSubsequence(Array(keyA[prefix..<(a.count - suffix)]), Array(keyB[prefix..<(b.count - suffix)]))
        var i = prefix, j = prefix
        for (matchA, matchB) in matched + [(a.count - suffix - prefix, b.count - suffix - prefix)] {
            while i < prefix + matchA { append(.removed, a[i], to: &oldPieces); i += 1; changed += 1 }
            while j < prefix + matchB { append(.added, b[j], to: &newPieces); j += 1; changed += 1 }
            if i < a.count - suffix, j < b.count - suffix {
                append(.same, a[i], to: &oldPieces)
                append(.same, b[j], to: &newPieces)
                i += 1
                j += 1
            }
        }
        for index in 0..<suffix {
            append(.same, a[a.count - suffix + index], to: &oldPieces)
            append(.same, b[b.count - suffix + index], to: &newPieces)
        }
        return Sides(old: oldPieces, new: newPieces, changedWords: changed)
    }

    /// Words with their trailing whitespace; leading whitespace is a piece of its own.
    static func words(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var inSpace = true
        var index = text.startIndex
        while index < text.endIndex {
            let isSpace = text[index].isWhitespace
            if !isSpace, inSpace, index > start {
                result.append(text[start..<index])
                start = index
            }
            inSpace = isSpace
            index = text.index(after: index)
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    /// What words are compared on: the word without its whitespace.
    private static func key(_ word: Substring) -> Substring {
        word.prefix { !$0.isWhitespace }
    }

    /// Index pairs (into `a`, into `b`) of a longest common subsequence, in order; none when the table would be
    /// larger than `maximumCells`.
    private static func commonSubsequence(_ a: [Substring], _ b: [Substring]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= maximumCells else { return [] }
        // lengths[i * width + j]: LCS length of a[i...] and b[j...].
        let width = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = a[i] == b[j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                pairs.append((i, j)); i += 1; j += 1
            } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }
}
