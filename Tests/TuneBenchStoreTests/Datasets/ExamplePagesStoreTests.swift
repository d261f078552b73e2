import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The browser's queries: windows of rows by rowid, filters, next unreviewed, search over message text.
@Suite struct ExamplePagesStoreTests {
    /// A project holding `records`; the directory lives as long as the project.
    final class Project {
        let directory: TemporaryDirectory
        let store: ProjectStore

        init(_ records: [String]) throws {
            directory = try TemporaryDirectory()
            store = try ProjectStore.create(path: directory.path("p.tunebench"), name: "pages", problem: "format")
            let file = directory.path("train.jsonl")
            try write(records.joined(separator: "\n") + "\n", to: file)
            try store.importForTest(file)
        }
    }

    static func chat(_ user: String, _ assistant: String = "ok", tools: Bool = false) -> String {
        let tool = tools ? #","tools":[{"type":"function","function":{"name":"snap","description":"camera shot"}}]"# : ""
        return #"{"messages":[{"role":"user","content":"\#(user)"},{"role":"assistant","content":"\#(assistant)"}]\#(tool)}"#
    }

    @Test func windowsAroundAnAnchorWithoutReadingTheRest() throws {
        let project = try Project((1...50).map { Self.chat("question \($0)") })
        let store = project.store
        let first = try store.examplePage(anchor: .first, before: 5, after: 10)
        #expect(first.rows.map(\.firstLine) == (1...10).map { "question \($0)" })
        #expect(!first.hasBefore && first.hasAfter)
        let middle = try store.examplePage(anchor: .around(first.rows[9].rowID + 20), before: 5, after: 10)
        #expect(middle.rows.first?.firstLine == "question 25" && middle.rows.last?.firstLine == "question 39")
        #expect(middle.anchorRowID == first.rows[9].rowID + 20 && middle.hasBefore && middle.hasAfter)
        let last = try store.examplePage(anchor: .last, before: 5, after: 10)
        #expect(last.rows.count == 15 && last.rows.last?.firstLine == "question 50" && last.hasBefore && !last.hasAfter)
    }

    @Test func filtersAndNextUnreviewed() throws {
        let project = try Project((1...6).map { Self.chat("question \($0)") })
        let store = project.store
        let ids = try store.examples().map(\.id)
        try store.applyReview(exampleID: ids[1], change: ReviewChange(status: .accepted, addTags: ["nested"]))
        try store.applyReview(exampleID: ids[2], change: ReviewChange(status: .accepted))
        let rows = try store.examplePage(anchor: .first).rows
        #expect(try store.examplePage(anchor: .first, filter: ExampleFilter(status: .accepted)).rows.map(\.id) == [ids[1], ids[2]])
        #expect(try store.examplePage(anchor: .first, filter: ExampleFilter(tag: "nested")).rows.map(\.id) == [ids[1]])
        #expect(try store.nextUnreviewed(after: rows[0].rowID, forward: true) == rows[3].rowID)
        #expect(try store.nextUnreviewed(after: rows[3].rowID, forward: false) == rows[0].rowID)
        #expect(try store.nextUnreviewed(after: rows[0].rowID, forward: false) == nil)
    }

    @Test func searchLooksAtMessagesOnlyFindsEscapedCJKAndWraps() throws {
        let project = try Project([
            Self.chat("take off", tools: true),            // "camera" only in the tool definition
            Self.chat("switch the Camera on"),
            Self.chat(#"\u6570\u636e stored escaped"#),     // 数据, as Python's json.dumps writes it
            Self.chat(#"say \"quoted\" words"#),            // stored as \"quoted\"
        ])
        let store = project.store
        let rows = try store.examplePage(anchor: .first).rows
        #expect(try store.nextMatch(of: "camera", after: nil, forward: true) == rows[1].rowID)
        #expect(try store.nextMatch(of: "camera", after: rows[1].rowID, forward: true) == rows[1].rowID)  // wraps
        #expect(try store.nextMatch(of: "数据", after: nil, forward: true) == rows[2].rowID)
        #expect(try store.nextMatch(of: "\"quoted\"", after: nil, forward: true) == rows[3].rowID)
        #expect(try store.nextMatch(of: "100%", after: nil, forward: true) == nil)
    }

    @Test func statisticsCountFindingsAndBucketTokens() throws {
        let project = try Project([Self.chat("a b c"), Self.chat("a b c"), Self.chat("only", "")])
        let store = project.store
        _ = try store.validate(dataset: nil, settings: ValidationSettings())
        let statistics = try store.browserStatistics(buckets: 4)
        #expect(statistics.errors == 1)       // the empty assistant reply
        #expect(statistics.duplicates == 1)   // the second of the two identical records
        #expect(statistics.histogram.reduce(0, +) == 3)
    }
}
