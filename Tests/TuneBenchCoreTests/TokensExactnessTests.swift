import Foundation
import Testing
import TuneBenchCore

/// The real rank files, found by the normal discovery (`.ci/tokenizer-fixtures.sh` installs them in CI).
enum InstalledRankFiles {
    static let catalog = TokenizerCatalog()

    /// Why the exactness suite cannot run here, or nil when a rank file exists for both encodings. Only looks for
    /// files (loading them is the tests' job), so planning other suites stays cheap.
    static let missingReason: String? = {
        let missing = TiktokenEncoding.allCases.filter { encoding in
            !catalog.locator.candidates(for: encoding).contains { FileManager.default.fileExists(atPath: $0) }
        }
        guard !missing.isEmpty else { return nil }
        let reason = "no rank file for \(missing.map(\.rawValue).joined(separator: ", ")) (install with `tunebench tokenizer install` "
            + "or .ci/tokenizer-fixtures.sh): ids not compared with tiktoken"
        FileHandle.standardError.write(Data("TokensExactnessTests skipped: \(reason)\n".utf8))
        return reason
    }()

    static func tokenizer(_ encoding: TiktokenEncoding) throws -> BPETokenizer { try catalog.tokenizer(for: encoding) }
}

/// Token ids against Python tiktoken 0.14.0's `encode_ordinary`, recorded in `Fixtures/tokens/tiktoken_expected_ids.json`
/// by `generate_expected_ids.py` (hard cases, invalid UTF-8 after lossy decoding, 100 KB runs of one character, the
/// cookbook toy file, a seeded random mix of scripts).
@Suite(.enabled(if: InstalledRankFiles.missingReason == nil, Comment(rawValue: InstalledRankFiles.missingReason ?? "")))
struct TokensExactnessTests {
    struct Case {
        let name: String
        let text: String
        let expected: [TiktokenEncoding: [Int]]
    }

    static func fixtureURL(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("tokens/\(name)")
    }

    static func corpus() throws -> [Case] {
        let data = try Data(contentsOf: fixtureURL("tiktoken_expected_ids.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        return try cases.map { entry in
            let name = try #require(entry["name"] as? String)
            let text: String
            if let literal = entry["text"] as? String {
                text = literal
            } else if let encoded = entry["utf8_base64"] as? String {
                // The lossy decoding any file import does: invalid sequences become U+FFFD.
                text = String(decoding: try #require(Data(base64Encoded: encoded)), as: UTF8.self)
            } else {
                let unit = try #require(entry["repeat"] as? String)
                text = String(repeating: unit, count: try #require(entry["count"] as? Int))
            }
            var expected: [TiktokenEncoding: [Int]] = [:]
            for encoding in TiktokenEncoding.allCases {
                if let ids = entry[encoding.rawValue] as? [Int] {
                    expected[encoding] = ids
                } else {
                    let runs = try #require(entry[encoding.rawValue + "_runs"] as? [[Any]], "\(name)")
                    expected[encoding] = try runs.flatMap { run -> [Int] in
                        let segment = try #require(run.first as? [Int]), times = try #require(run.last as? Int)
                        return Array([[Int]](repeating: segment, count: times).joined())
                    }
                }
            }
            return Case(name: name, text: text, expected: expected)
        }
    }

    @Test(arguments: TiktokenEncoding.allCases)
    func idsEqualTiktoken(_ encoding: TiktokenEncoding) throws {
        let tokenizer = try InstalledRankFiles.tokenizer(encoding)
        let corpus = try Self.corpus()
        #expect(corpus.count > 400)
        var mismatched: [String] = []
        for testCase in corpus {
            let ids = tokenizer.encode(testCase.text)
            if ids != testCase.expected[encoding] { mismatched.append(testCase.name) }
            #expect(tokenizer.count(testCase.text) == ids.count)
        }
        #expect(mismatched.isEmpty, "ids differ from tiktoken for: \(mismatched.joined(separator: ", "))")
    }

    /// Every BMP code point (and a sample of the others) inside a short template, compared block by block with the
    /// digests of tiktoken's ids: each character is classified as tiktoken's regex engine classifies it.
    @Test(arguments: TiktokenEncoding.allCases)
    func everyCharacterSplitsAsInTiktoken(_ encoding: TiktokenEncoding) throws {
        let tokenizer = try InstalledRankFiles.tokenizer(encoding)
        let data = try Data(contentsOf: Self.fixtureURL("tiktoken_unicode_sweep.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let digests = try #require((root["digests"] as? [String: [String: String]])?[encoding.rawValue])
        #expect(root["template"] as? String == "x{c}y {c}1 {c}{c}A'{c}\n")
        #expect(digests.count > 60)
        var mismatched: [String] = []
        for (block, expected) in digests {
            // "FIRST-LAST-STEP": first and last code point in hex, the step in decimal.
            let parts = block.split(separator: "-")
            let bounds = [Int(parts[0], radix: 16), Int(parts[1], radix: 16), Int(parts[2])].compactMap { $0 }
            try #require(parts.count == 3 && bounds.count == 3, "\(block)")
            var hasher = SHA256()
            for point in stride(from: bounds[0], through: bounds[1], by: bounds[2]) {
                let c = String(Character(try #require(Unicode.Scalar(UInt32(point)))))
                let ids = tokenizer.encode("x\(c)y \(c)1 \(c)\(c)A'\(c)\n")
                hasher.update((ids.map(String.init).joined(separator: " ") + "\n").utf8)
            }
            if hasher.hexDigest() != expected { mismatched.append(block) }
        }
        #expect(mismatched.isEmpty, "code point blocks split differently from tiktoken: \(mismatched.sorted())")
    }

    @Test func loadsThePublishedVocabularies() throws {
        for encoding in TiktokenEncoding.allCases {
            let tokenizer = try InstalledRankFiles.tokenizer(encoding)
            #expect(tokenizer.vocabularySize == encoding.mergeableRankCount)
            #expect(tokenizer.encodingName == encoding.rawValue)
            #expect(tokenizer.isExact)
        }
    }

    /// The cookbook's figures for its toy file (formats.md §3). The per-example formula is inlined here so this checks
    /// the tokenizer alone: 3 per message, the tokens of every value (role too), 1 per `name`, 3 to prime the reply.
    @Test func cookbookToyFileFiguresAreExact() throws {
        let lines = try String(contentsOf: Self.fixtureURL("openai_cookbook_toy_chat_fine_tuning.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        func exampleTotals(_ tokenizer: BPETokenizer) throws -> [Int] {
            try lines.map { line in
                let example = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let messages = try #require(example["messages"] as? [[String: String]])
                return messages.reduce(3) { total, message in
                    total + 3 + message.reduce(0) { sum, field in sum + tokenizer.count(field.value) + (field.key == "name" ? 1 : 0) }
                }
            }
        }
        let cl100k = try exampleTotals(InstalledRankFiles.tokenizer(.cl100kBase))
        #expect(cl100k.min() == 26)
        #expect(cl100k.max() == 8032)
        #expect(cl100k.reduce(0, +) == 8242)
        let billing = cl100k.map { min($0, 4096) }.reduce(0, +)
        #expect(billing == 4306)
        let epochs = min(25, 100 / cl100k.count)
        #expect(epochs == 20)
        #expect(epochs * billing == 86_120)
        let o200k = try exampleTotals(InstalledRankFiles.tokenizer(.o200kBase))
        #expect(o200k.max() == 8031)
        #expect(o200k.reduce(0, +) == 8233)
    }

    /// A text of over a megabyte, counted in parts on all cores, against the same text encoded in one pass.
    @Test(arguments: TiktokenEncoding.allCases)
    func aLongTextCountedInPartsEqualsOnePass(_ encoding: TiktokenEncoding) throws {
        let tokenizer = try InstalledRankFiles.tokenizer(encoding)
        let texts = try Self.corpus().map(\.text).filter { $0.utf8.count < 10_000 }
        var text = ""
        var round = 0
        while text.utf8.count < 1_100_000 {
            // Rotate the corpus each round so different texts end up before each cut.
            for index in texts.indices { text += texts[(index + round * 7) % texts.count] + (index % 5 == 0 ? "\n\n" : "\n") }
            round += 1
        }
        #expect(tokenizer.count(text) == tokenizer.encode(text).count)
    }

    @Test func countsADatasetOnAllCoresLikeOneByOne() throws {
        let tokenizer = try InstalledRankFiles.tokenizer(.o200kBase)
        let texts = try Self.corpus().map(\.text).filter { $0.utf8.count < 10_000 }
        #expect(tokenizer.countAll(texts) == texts.map(tokenizer.count))
    }
}
