import Testing
@testable import TuneBenchCore

@Suite struct ProgressLineTests {
    @Test func showsRecordsBytesShareRateAndTimeLeft() {
        let progress = WorkProgress(records: 12_345, bytes: 45_200_000, totalBytes: 300_000_000)
        let line = ProgressLine.text(label: "importing train.jsonl", progress: progress, elapsed: 5, width: 200)
        #expect(line == "importing train.jsonl  12,345 records  45.2 MB of 300.0 MB  15%  9.0 MB/s  0:29 left")
    }

    @Test func recordsOnlyJobsShowRecordsPerSecond() {
        let line = ProgressLine.text(label: "indexing", progress: WorkProgress(records: 500, totalRecords: 2_000),
                                     elapsed: 2, width: 200)
        #expect(line == "indexing  500 records of 2,000  25%  250 records/s  0:06 left")
    }

    @Test func noRateBeforeHalfASecondAndNoTimeLeftWithoutATotal() {
        #expect(ProgressLine.text(label: "x", progress: WorkProgress(records: 3), elapsed: 0.1, width: 80) == "x  3 records")
        #expect(ProgressLine.text(label: "x", progress: WorkProgress(records: 3, bytes: 812), elapsed: 1, width: 80)
            == "x  3 records  812 B  812 B/s")
    }

    @Test func controlCharactersInTheLabelAreShownNotActedOn() {
        let line = ProgressLine.text(label: "importing a\u{1B}]52;c;x\u{07}\u{9B}2J.jsonl", progress: WorkProgress(records: 1),
                                     elapsed: 0, width: 200)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(line.hasPrefix("importing a?]52;c;x??2J.jsonl"))
    }

    @Test func theLineNeverWraps() {
        let line = ProgressLine.text(label: String(repeating: "long ", count: 40), progress: WorkProgress(records: 1),
                                     elapsed: 0, width: 40)
        #expect(line.count == 39)
        #expect(line.hasSuffix("…"))
    }

    @Test func sizesAndClock() {
        #expect(ProgressLine.size(999) == "999 B")
        #expect(ProgressLine.size(1_300_000_000) == "1.3 GB")
        #expect(ProgressLine.clock(3723) == "1:02:03")
        #expect(ProgressLine.grouped(1_234_567) == "1,234,567")
    }
}
