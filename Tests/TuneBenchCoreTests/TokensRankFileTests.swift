import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

/// The rank-file loader and the merge logic on a tiny synthetic byte-level vocabulary: always runs, no downloads.
@Suite struct TokensRankFileTests {
    /// All 256 bytes (ranks 0-255), then a few merges.
    static let merges: [(String, Int)] = [("ab", 256), ("cd", 257), ("abcd", 258), ("aa", 259), ("aaaa", 260), ("bc", 261), ("ca", 262), ("bca", 263), ("\n\n", 264), ("  ", 265)]

    static func rankFile(_ extra: [(String, Int)] = merges, omitByte: UInt8? = nil) -> [UInt8] {
        var lines: [String] = []
        for byte in 0...255 where UInt8(byte) != omitByte {
            lines.append("\(Data([UInt8(byte)]).base64EncodedString()) \(byte)")
        }
        for (token, rank) in extra { lines.append("\(Data(token.utf8).base64EncodedString()) \(rank)") }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func tokenizer(_ bytes: [UInt8] = rankFile()) throws -> BPETokenizer {
        try BPETokenizer(name: "tiny", splitPattern: .cl100k, rankFileBytes: bytes, path: "tiny.tiktoken", expectedSHA256: SHA256.hex(of: bytes))
    }

    @Test func loadsAHashVerifiedFile() throws {
        let tokenizer = try Self.tokenizer()
        #expect(tokenizer.vocabularySize == 256 + Self.merges.count)
        #expect(tokenizer.isExact)
        #expect(tokenizer.encodingName == "tiny")
    }

    @Test func loadsFromDiskAndRefusesAnotherHash() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("cl100k_base.tiktoken")
        try Data(Self.rankFile()).write(to: URL(fileURLWithPath: path))
        #expect(throws: RankFileError.hashMismatch(path: path, expected: TiktokenEncoding.cl100kBase.rankFileSHA256, actual: SHA256.hex(of: Self.rankFile()))) {
            try BPETokenizer(encoding: .cl100kBase, rankFile: path)
        }
        #expect(throws: RankFileError.self) { try BPETokenizer(encoding: .o200kBase, rankFile: directory.path("absent")) }
    }

    @Test func namesTheBadLine() {
        var bytes = Self.rankFile()
        bytes += Array("not-base64! 300\n".utf8)
        #expect(throws: RankFileError.malformedLine(path: "bad", line: 256 + Self.merges.count + 1, reason: "the token is not valid base64")) {
            try BPETokenizer(name: "bad", splitPattern: .cl100k, rankFileBytes: bytes, path: "bad", expectedSHA256: nil)
        }
        let noRank = Self.rankFile() + Array("YWI=\n".utf8)
        #expect(throws: RankFileError.malformedLine(path: "bad", line: 256 + Self.merges.count + 1, reason: "no space between token and rank")) {
            try BPETokenizer(name: "bad", splitPattern: .cl100k, rankFileBytes: noRank, path: "bad", expectedSHA256: nil)
        }
    }

    @Test func refusesDuplicatesAndMissingBytes() {
        #expect(throws: RankFileError.duplicateRank(path: "dup", line: 257, rank: 5)) {
            try BPETokenizer(name: "dup", splitPattern: .cl100k, rankFileBytes: Self.rankFile([("ab", 5)]), path: "dup", expectedSHA256: nil)
        }
        #expect(throws: RankFileError.duplicateToken(path: "dup", line: 258)) {
            try BPETokenizer(name: "dup", splitPattern: .cl100k, rankFileBytes: Self.rankFile([("ab", 300), ("ab", 301)]), path: "dup", expectedSHA256: nil)
        }
        #expect(throws: RankFileError.missingByte(path: "gap", byte: 0x41)) {
            try BPETokenizer(name: "gap", splitPattern: .cl100k, rankFileBytes: Self.rankFile(omitByte: 0x41), path: "gap", expectedSHA256: nil)
        }
    }

    @Test func mergesLowestRankFirstLeftmostOnTies() throws {
        let tokenizer = try Self.tokenizer()
        #expect(tokenizer.encode("abcd") == [258])             // the whole piece is a token
        #expect(tokenizer.encode("abcdab") == [258, 256])      // ab, ab, cd, then abcd
        #expect(tokenizer.encode("aaaaa") == [260, 97])        // aa aa a -> aaaa a
        #expect(tokenizer.encode("bcab") == [261, 256])        // bc (261) and ab (256): ab first, then bc
        // Repeated pieces come from the piece cache the second time: the same tokens.
        #expect(tokenizer.encode("bcab bcab bcab") == [261, 256, 32, 261, 256, 32, 261, 256])
        #expect(tokenizer.encode("x") == [120])
        #expect(tokenizer.encode("") == [])
        #expect(tokenizer.count("abcdab abcd") == 4)
    }

    /// Short pieces (rank array) and long ones (heap) against a plain reference implementation of tiktoken's rule.
    @Test func mergeAgreesWithTheReferenceRuleOnShortAndLongPieces() throws {
        let tokenizer = try Self.tokenizer()
        var ranks: [[UInt8]: Int] = [:]
        for byte in 0...255 { ranks[[UInt8(byte)]] = byte }
        for (token, rank) in Self.merges { ranks[Array(token.utf8)] = rank }
        var generator = SplitMix(seed: 7)
        for length in [2, 3, 17, 100, 255, 256, 257, 300, 700] {
            for _ in 0..<3 {
                let word = (0..<length).map { _ in "abcd".utf8.map { $0 }[Int(generator.next() % 4)] }
                let text = String(decoding: word, as: UTF8.self)
                #expect(tokenizer.encode(text) == Self.referenceMerge(word, ranks), "length \(length)")
            }
        }
    }

    /// A text of a megabyte or more is counted in parts on all cores: the parts must add up to the whole, whatever
    /// precedes each cut (blank lines, trailing spaces, punctuation, o200k's `/` after line breaks).
    @Test(arguments: [SplitPattern.cl100k, .o200k])
    func longTextsCountedInPartsAddUp(_ pattern: SplitPattern) throws {
        let bytes = Self.rankFile()
        let tokenizer = try BPETokenizer(name: "tiny", splitPattern: pattern, rankFileBytes: bytes, path: "tiny", expectedSHA256: nil)
        let lines = ["abcd ab", "  ", "", "!!", "x/", "/y", "12345", "\t", "'s", "Éclair", "日本", "a  ", "ab\r"]
        var generator = SplitMix(seed: 11)
        var text = ""
        while text.utf8.count < 1_200_000 {
            text += lines[Int(generator.next() % UInt64(lines.count))]
            text += generator.next() % 3 == 0 ? "\n\n" : "\n"
        }
        #expect(tokenizer.count(text) == tokenizer.encode(text).count)
    }

    /// tiktoken's rule, written for clarity: whole piece if it is a token, else merge the lowest-ranked adjacent
    /// pair (leftmost on ties) until none is a token.
    static func referenceMerge(_ piece: [UInt8], _ ranks: [[UInt8]: Int]) -> [Int] {
        if let whole = ranks[piece] { return [whole] }
        var parts = piece.map { [$0] }
        while parts.count > 1 {
            var best: (rank: Int, index: Int)?
            for index in 0..<(parts.count - 1) {
                if let rank = ranks[parts[index] + parts[index + 1]], rank < (best?.rank ?? .max) { best = (rank, index) }
            }
            guard let (_, index) = best else { break }
            parts[index] += parts.remove(at: index + 1)
        }
        return parts.map { ranks[$0]! }
    }
}

/// A small deterministic generator for test inputs.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
