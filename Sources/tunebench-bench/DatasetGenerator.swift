import Foundation
import TuneBenchCore

/// Writes a deterministic synthetic chat dataset with the mix of performance.md: system prompts on 92%,
/// multi-turn on 12%, CJK/emoji/accents on 6%, JSON assistant contents on 11% (a tenth of them invalid JSON),
/// embedded newlines, ~2% repeated lines and ~0.5% malformed lines (invalid JSON, invalid UTF-8, not an object).
/// Lines average about 2.3 KB; the same seed and count always give the same bytes.
struct DatasetGenerator {
    var count: Int
    var seed: UInt64

    private struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Double) -> Bool { Double(next() % 1_000_000) < percent * 10_000 }
    }

    private static let syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "quel", "dri", "an", "po", "sel", "ur", "bex",
                                    "ti", "nom", "gra", "fe", "zul", "ho", "pri", "se", "lan", "dor", "ex"]
    private static let unicodeWords = ["日本語", "数据集", "모델", "😀", "🚀", "café", "naïve", "Ünïcödé", "façade", "東京", "überprüfen"]

    func write(to path: String) throws {
        var random = Random(state: seed)
        var words: [String] = []
        for _ in 0..<3000 {
            var word = ""
            for _ in 0..<(1 + random.below(3)) { word += Self.syllables[random.below(Self.syllables.count)] }
            words.append(word)
        }
        let systems = (0..<40).map { _ in sentenceText(&random, words: words, count: 25 + random.below(20)) }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        var out: [UInt8] = []
        var recent: [[UInt8]] = []
        for _ in 0..<count {
            var line: [UInt8]
            if random.chance(0.5) {
                line = malformed(&random)
            } else if random.chance(2), !recent.isEmpty {
                line = recent[random.below(recent.count)]
            } else {
                line = example(&random, words: words, systems: systems)
                if recent.count < 512 { recent.append(line) } else { recent[random.below(512)] = line }
            }
            out += line
            out.append(0x0A)
            if out.count > 8 << 20 {
                try handle.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: out)
    }

    private func sentenceText(_ random: inout Random, words: [String], count: Int, unicode: Bool = false) -> String {
        var parts: [String] = []
        parts.reserveCapacity(count)
        for i in 0..<count {
            var word = unicode && random.chance(15) ? Self.unicodeWords[random.below(Self.unicodeWords.count)] : words[random.below(words.count)]
            if i % 9 == 8 { word += random.chance(20) ? ".\n" : "." }
            parts.append(word)
        }
        return parts.joined(separator: " ")
    }

    private func example(_ random: inout Random, words: [String], systems: [String]) -> [UInt8] {
        let unicode = random.chance(6)
        var messages: [JSONValue] = []
        func message(_ role: String, _ text: String) -> JSONValue {
            .object([JSONMember("role", .string(role)), JSONMember("content", .string(text))])
        }
        if random.chance(92) { messages.append(message("system", systems[random.below(systems.count)])) }
        let turns = random.chance(12) ? 2 + random.below(2) : 1
        for _ in 0..<turns {
            messages.append(message("user", sentenceText(&random, words: words, count: (70 + random.below(40)) / turns, unicode: unicode)))
            if random.chance(11) {
                var json = "{\"answer\": \"\(sentenceText(&random, words: words, count: 30, unicode: unicode).replacingOccurrences(of: "\n", with: " "))\", \"score\": \(random.below(100)), \"tags\": [\"a\", \"b\"]}"
                if random.chance(10) { json.removeLast(2) }
                messages.append(message("assistant", json))
            } else {
                messages.append(message("assistant", sentenceText(&random, words: words, count: (200 + random.below(100)) / turns, unicode: unicode)))
            }
        }
        var bytes: [UInt8] = []
        JSONWriter.write(.object([JSONMember("messages", .array(messages))]), into: &bytes)
        return bytes
    }

    private func malformed(_ random: inout Random) -> [UInt8] {
        switch random.below(3) {
        case 0: return Array("{\"messages\": [{\"role\": \"user\", \"content\": \"cut off".utf8)
        case 1: return Array("{\"messages\": [{\"role\": \"user\", \"content\": \"bad ".utf8) + [0xFF, 0xFE] + Array("\"}]}".utf8)
        default: return Array("[\"not\", \"an\", \"object\"]".utf8)
        }
    }
}
