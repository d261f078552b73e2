import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// The browser's filters beyond status, tag and finding: duplicates, token ranges, roles, combined.
@Suite struct ExampleFilterStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    /// 0 short chat, 1 a copy of 0, 2 a long chat, 3 a chat with a tool turn, 4 a content-array message
    /// without a role string in the first element's place, 5 a preference record with a system turn.
    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
        let long = String(repeating: "word ", count: 600)
        let records = [
            #"{"messages":[{"role":"user","content":"hello there"},{"role":"assistant","content":"hi"}]}"#,
            #"{"messages":[{"role":"user","content":"hello there"},{"role":"assistant","content":"hi"}]}"#,
            #"{"messages":[{"role":"user","content":"\#(long)"},{"role":"assistant","content":"ok"}]}"#,
            #"{"messages":[{"role":"user","content":"weather?"},{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"w","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c","content":"sunny"},{"role":"assistant","content":"sunny"}]}"#,
            #"{"messages":["stray string",{"role":"user","content":"odd"},{"role":"assistant","content":"yes"}]}"#,
        ]
        let file = dir.path("d.jsonl")
        try write(records.joined(separator: "\n") + "\n", to: file)
        try store.importForTest(file)
    }

    func ids(_ filter: ExampleFilter) throws -> [Int] {
        let all = try store.examplePage(anchor: .first, filter: ExampleFilter()).rows.map(\.rowID)
        return try store.examplePage(anchor: .first, filter: filter).rows.map { all.firstIndex(of: $0.rowID)! }
    }

    @Test func duplicatesTokenRangesAndRolesFilterAndCombine() throws {
        // Validation flags the later copies of a group, not the first.
        #expect(try ids(ExampleFilter(duplicates: true)) == [1])
        #expect(try ids(ExampleFilter(minTokens: 500)) == [2])
        #expect(try ids(ExampleFilter(maxTokens: 499)) == [0, 1, 3, 4])
        #expect(try ids(ExampleFilter(role: "tool")) == [3])
        #expect(try ids(ExampleFilter(role: "user")) == [0, 1, 2, 3, 4])  // a stray string element is no error
        #expect(try ids(ExampleFilter(role: "system")).isEmpty)
        #expect(try ids(ExampleFilter(duplicates: true, role: "tool")).isEmpty)
        #expect(try ids(ExampleFilter(minTokens: 1, maxTokens: 499, role: "assistant")) == [0, 1, 3, 4])
        #expect(ExampleFilter(duplicates: true, minTokens: 501, maxTokens: 1999, role: "tool").label
            == "dup tokens>500 tokens<2000 role:tool")
    }

    @Test func nextUnreviewedAndBulkActionsHonourTheNewFilters() throws {
        let tool = ExampleFilter(role: "tool")
        let rowID = try #require(try store.examplePage(anchor: .first, filter: tool).rows.first?.rowID)
        #expect(try store.nextUnreviewed(after: nil, forward: true, filter: tool) == rowID)
        #expect(try store.bulkReviewCount(.acceptValid, filter: ExampleFilter(minTokens: 500)) == 1)
    }
}

/// The browser statistics count the accepted examples per token bucket too.
@Suite struct BrowserStatisticsStoreTests {
    @Test func acceptedExamplesHaveTheirOwnHistogramOnTheSameBuckets() throws {
        let dir = try TemporaryDirectory()
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
        try store.importForTest(try DatasetSamples.path(DatasetSamples.toy))
        let ids = try store.examples().map(\.id)
        try store.applyReview(exampleID: ids[0], change: ReviewChange(status: .accepted))
        try store.applyReview(exampleID: ids[4], change: ReviewChange(status: .accepted))
        let statistics = try store.browserStatistics(buckets: 6)
        #expect(statistics.histogram.count == 6 && statistics.acceptedHistogram.count == 6)
        #expect(statistics.acceptedHistogram.reduce(0, +) == 2)
        let tokens = try store.examples().map(\.tokens)
        #expect(statistics.acceptedHistogram[statistics.bucket(ofTokens: tokens[0])] >= 1)
        #expect(statistics.acceptedHistogram[statistics.bucket(ofTokens: tokens[4])] >= 1)
        #expect(zip(statistics.acceptedHistogram, statistics.histogram).allSatisfy { $0 <= $1 })
    }
}
