import Testing
import TuneBenchCore

@Suite struct DuplicatesAndSplitTests {
    private func fingerprint(_ assistant: String, user: String = "Tell me about the weather") -> ContentFingerprint {
        ContentFingerprint(of: NormalisedExample(chat: .object([JSONMember("messages", .array([
            .object([JSONMember("role", .string("user")), JSONMember("content", .string(user))]),
            .object([JSONMember("role", .string("assistant")), JSONMember("content", .string(assistant))]),
        ]))])))
    }

    private let long = (1...120).map { "word\($0 % 37) token\($0)" }.joined(separator: " ")

    private func analyse(_ prints: [ContentFingerprint], threshold: Double = 0.8) -> DuplicateReport {
        DuplicateFinder(threshold: threshold).analyse(exactHashes: prints.map(\.exactHash), sketches: prints.flatMap(\.sketch))
    }

    @Test func exactDuplicatesIgnoreSurroundingWhitespaceOnly() {
        #expect(fingerprint("hello").exactHash == fingerprint("  hello\n").exactHash)
        #expect(fingerprint("hello").exactHash != fingerprint("Hello").exactHash)
        #expect(fingerprint("hello").sketch.count == MinHashSketch.size)
    }

    @Test func findsExactAndNearDuplicatesButNotDistinctExamples() {
        let nearText = long.replacingOccurrences(of: "token60 ", with: "changed60 ")
        let report = analyse([fingerprint(long), fingerprint("something else entirely, quite short"),
                              fingerprint(long), fingerprint(nearText), fingerprint("another unrelated answer here")])
        #expect(report.exact == [false, false, true, false, false])
        #expect(report.near == [false, false, false, true, false])
        #expect(report.group[0] == report.group[2] && report.group[0] == report.group[3])
        #expect(report.group[1] != report.group[0] && report.group[4] != report.group[1])
    }

    @Test func manyCopiesAreOneOriginalAndTheRestRepeats() {
        let prints = (0..<50).map { fingerprint($0 % 2 == 0 ? long : "a different answer \($0 % 2)") }
        let report = analyse(prints)
        #expect(report.exact.filter { $0 }.count == 48)
        #expect(!report.exact[0] && !report.exact[1])
        #expect(Set(report.group).count == 2)
        #expect(DuplicateFinder().analyse(exactHashes: prints.map(\.exactHash), sketches: prints.flatMap(\.sketch), groups: false).group.isEmpty)
    }

    @Test func thresholdDecidesNearDuplicates() {
        let prints = [fingerprint(long), fingerprint(long.replacingOccurrences(of: "token60 ", with: "changed60 "))]
        #expect(analyse(prints, threshold: 1.01).near == [false, false])
        #expect(analyse(prints, threshold: 0.5).near == [false, true])
    }

    @Test func emptyTextsAreNotNearDuplicatesOfEachOther() {
        let a = ContentFingerprint(exactHash: 1, sketch: [UInt16](repeating: .max, count: MinHashSketch.size))
        let b = ContentFingerprint(exactHash: 2, sketch: [UInt16](repeating: .max, count: MinHashSketch.size))
        #expect(analyse([a, b]).near == [false, false])
    }

    @Test func splitIsSeededDeterministicAndKeepsGroupsTogether() {
        let ids = (0..<200).map { "id\($0)" }
        var group = (0..<200).map { Int32($0) }
        for i in stride(from: 1, to: 200, by: 10) { group[i] = group[i - 1] }  // pairs of duplicates
        let a = DatasetSplit.assign(ids: ids, group: group, trainFraction: 0.9, seed: 7)
        let b = DatasetSplit.assign(ids: ids, group: group, trainFraction: 0.9, seed: 7)
        let c = DatasetSplit.assign(ids: ids, group: group, trainFraction: 0.9, seed: 8)
        #expect(a == b)
        #expect(a != c)
        let trainCount = a.filter { $0 }.count
        #expect(trainCount >= 180 && trainCount <= 181)
        for i in stride(from: 1, to: 200, by: 10) { #expect(a[i] == a[i - 1]) }
    }
}
