import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// Search through the index: dataset order, wrap, filters, CJK, text that looks like FTS5 syntax, ranking, edits.
@Suite struct SearchMatchStoreTests {
    final class Project {
        let directory: TemporaryDirectory
        let store: ProjectStore
        let rows: [ExampleRow]

        init(_ records: [String], index: Bool = true) throws {
            directory = try TemporaryDirectory()
            store = try ProjectStore.create(path: directory.path("p.tunebench"), name: "search")
            let file = directory.path("train.jsonl")
            try write(records.joined(separator: "\n") + "\n", to: file)
            try store.importForTest(file)
            if index { _ = try store.buildSearchIndex(batchSize: 3) }
            rows = try store.examplePage(anchor: .first).rows
        }
    }

    static func chat(_ user: String, _ assistant: String = "ok") -> String {
        let escape = { (text: String) in text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") }
        return #"{"messages":[{"role":"user","content":"\#(escape(user))"},{"role":"assistant","content":"\#(escape(assistant))"}]}"#
    }

    static let records = [
        chat("the model answers", "the reply"),                 // 0
        chat("tune the Model again"),                            // 1
        chat("a zebra appears once"),                            // 2
        chat("東京の天気は晴れです", "数据集"),                   // 3
        chat(#"say "hello world" AND NEAR(x) -not col:val"#),    // 4
        chat("the last one, café"),                              // 5
    ]

    @Test func commonWordIsFoundInDatasetOrderAndWraps() throws {
        let project = try Project(Self.records)
        let (store, rows) = (project.store, project.rows)
        #expect(try store.searchIndexStatus().isCurrent)
        #expect(try store.nextMatch(of: "the", after: nil, forward: true) == rows[0].rowID)
        #expect(try store.nextMatch(of: "THE", after: rows[0].rowID, forward: true) == rows[1].rowID)
        #expect(try store.nextMatch(of: "the", after: rows[1].rowID, forward: true) == rows[5].rowID)
        #expect(try store.nextMatch(of: "the", after: rows[5].rowID, forward: true) == rows[0].rowID)  // wraps
        #expect(try store.nextMatch(of: "the", after: rows[1].rowID, forward: false) == rows[0].rowID)
        #expect(try store.nextMatch(of: "the", after: rows[0].rowID, forward: false) == rows[5].rowID)  // wraps back
        #expect(try store.matchPage(of: "model", after: nil).map(\.rowID) == [rows[0].rowID, rows[1].rowID])
        #expect(try store.matchPage(of: "the", after: rows[0].rowID, limit: 1).map(\.rowID) == [rows[1].rowID])
    }

    @Test func rareAbsentAccentedAndPrefixWords() throws {
        let project = try Project(Self.records)
        let (store, rows) = (project.store, project.rows)
        #expect(try store.nextMatch(of: "zebra", after: nil, forward: true) == rows[2].rowID)
        #expect(try store.nextMatch(of: "zebra", after: rows[2].rowID, forward: true) == rows[2].rowID)
        #expect(try store.nextMatch(of: "unicorn", after: nil, forward: true) == nil)
        #expect(try store.nextMatch(of: "unicorn", after: rows[2].rowID, forward: false) == nil)
        #expect(try store.nextMatch(of: "cafe", after: nil, forward: true) == rows[5].rowID)  // accents ignored
        #expect(try store.nextMatch(of: "zeb*", after: nil, forward: true) == rows[2].rowID)
        #expect(try store.nextMatch(of: "zeb", after: nil, forward: true) == nil)  // words, not substrings
        #expect(try store.matchPage(of: "unicorn", after: nil).isEmpty)
    }

    @Test func cjkSubstringsLongAndShort() throws {
        let project = try Project(Self.records)
        let (store, rows) = (project.store, project.rows)
        #expect(try store.nextMatch(of: "天気は", after: nil, forward: true) == rows[3].rowID)  // trigram
        #expect(try store.nextMatch(of: "数据", after: nil, forward: true) == rows[3].rowID)    // too short for trigrams
        #expect(try store.nextMatch(of: "晴", after: nil, forward: true) == rows[3].rowID)
        #expect(try store.nextMatch(of: "天気が", after: nil, forward: true) == nil)
        #expect(try store.nextMatch(of: "东京", after: nil, forward: true) == nil)
        #expect(try store.searchExamples("東京の") == [rows[3].id])
        // Projects indexed before the runs table existed get it filled by the migration.
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM example_cjk_runs")
            try ProjectStore.storeCJKRunsOfIndexedExamples(db)
        }
        #expect(try store.nextMatch(of: "数据", after: nil, forward: true) == rows[3].rowID)
        #expect(try store.matchPage(of: "晴", after: nil).map(\.rowID) == [rows[3].rowID])
    }

    @Test func textThatLooksLikeFTS5SyntaxIsSearchedAsWords() throws {
        let project = try Project(Self.records)
        let (store, rows) = (project.store, project.rows)
        for text in [#""hello world""#, #"hello" AND "#, "NEAR(x)", "-not", "col:val", #"say ""hello"#, "AND", "(", "\"", "*", "hello OR zebra"] {
            // Never an FTS5 syntax error; operators are words (AND/OR/NEAR) or punctuation.
            _ = try store.nextMatch(of: text, after: nil, forward: true)
            _ = try store.rankedMatches(of: text)
        }
        #expect(try store.nextMatch(of: #""hello world""#, after: nil, forward: true) == rows[4].rowID)
        #expect(try store.nextMatch(of: "NEAR(x)", after: nil, forward: true) == rows[4].rowID)
        #expect(try store.nextMatch(of: "col:val", after: nil, forward: true) == rows[4].rowID)
        #expect(try store.nextMatch(of: "hello OR zebra", after: nil, forward: true) == nil)  // OR is a word here
        #expect(try store.nextMatch(of: "100%", after: nil, forward: true) == nil)  // punctuation only: text scan
    }

    @Test func filterCombinesWithTheSearch() throws {
        let project = try Project(Self.records)
        let (store, rows) = (project.store, project.rows)
        try store.applyReview(exampleID: rows[5].id, change: ReviewChange(status: .accepted, addTags: ["keep"]))
        let accepted = ExampleFilter(status: .accepted)
        #expect(try store.nextMatch(of: "the", after: nil, forward: true, filter: accepted) == rows[5].rowID)
        #expect(try store.nextMatch(of: "the", after: nil, forward: true, filter: ExampleFilter(tag: "keep")) == rows[5].rowID)
        #expect(try store.nextMatch(of: "zebra", after: nil, forward: true, filter: accepted) == nil)
        #expect(try store.nextUnreviewed(after: nil, forward: true) == rows[0].rowID)
        #expect(try store.matchPage(of: "the", after: nil, filter: ExampleFilter(status: .pending)).map(\.rowID)
            == [rows[0].rowID, rows[1].rowID])
    }

    @Test func rankingPrefersTheShorterMatchAndReportsProgress() throws {
        // detail=column keeps no counts within an example, so bm25 ranks by how rare the word is and how short
        // the text around it (docs/DECISIONS.md).
        let project = try Project([Self.chat("gpu among very many other words in a long and winding question", "and a long answer too")]
            + (1...6).map { Self.chat("nothing \($0)") } + [Self.chat("gpu")])
        let (store, rows) = (project.store, project.rows)
        var fractions: [Double] = []
        let ranked = try store.rankedMatches(of: "gpu", progress: { fractions.append($0) })
        #expect(ranked.isRanked)
        #expect(ranked.rowIDs == [rows[7].rowID, rows[0].rowID])
        #expect(fractions.last == 1)
        #expect(try store.rankedMatches(of: "gpu", limit: 1).rowIDs == [rows[7].rowID])
        #expect(try store.rankedMatches(of: "absent").rowIDs.isEmpty)
        #expect(try store.rankedMatches(of: "数") == RankedMatches(rowIDs: [], isRanked: false))
    }

    @Test func withoutTheIndexTheStoredTextIsScannedAndCatchUpMakesItCurrent() throws {
        let project = try Project(Self.records, index: false)
        let (store, rows) = (project.store, project.rows)
        #expect(try store.searchIndexStatus() == SearchIndexStatus(indexedThrough: 0, lastExample: rows[5].rowID))
        #expect(try store.searchIndexStatus().pending == 6)
        #expect(try store.nextMatch(of: "zeb", after: nil, forward: true) == rows[2].rowID)  // substring scan
        #expect(try store.matchPage(of: "zebra", after: nil).isEmpty)
        #expect(try store.rankedMatches(of: "zebra") == RankedMatches(rowIDs: [], isRanked: false))
        _ = try store.buildSearchIndex(batchSize: 4)
        #expect(try store.searchIndexStatus().isCurrent)
        #expect(try store.nextMatch(of: "zeb", after: nil, forward: true) == nil)
    }

    @Test func reindexingAnEditedExampleReplacesItsWords() throws {
        let project = try Project(Self.records)
        let (store, rows) = (project.store, project.rows)
        let before = try store.exampleDetail(rowID: rows[2].rowID).original
        let after = Self.chat("a giraffe appears instead", "fine 東京タワー")
        try store.pool.write { db in
            try db.execute(sql: "UPDATE example_text SET original = ? WHERE id = ?", arguments: [after, rows[2].rowID])
            try ProjectStore.reindexExample(db, rowID: rows[2].rowID, previousOriginal: before)
        }
        #expect(try store.nextMatch(of: "zebra", after: nil, forward: true) == nil)
        #expect(try store.nextMatch(of: "giraffe", after: nil, forward: true) == rows[2].rowID)
        // The list's first line follows the edit (first lines are remembered by the text they came from).
        #expect(try store.examplePage(anchor: .around(rows[2].rowID), before: 0, after: 1).rows.first?.firstLine
            == "a giraffe appears instead")
        #expect(try store.nextMatch(of: "東京タワー", after: nil, forward: true) == rows[2].rowID)
        #expect(try store.nextMatch(of: "タワ", after: nil, forward: true) == rows[2].rowID)
        #expect(try store.nextMatch(of: "東京の", after: nil, forward: true) == rows[3].rowID)
        // And back, through the public call made after the change.
        try store.pool.write { db in
            try db.execute(sql: "UPDATE example_text SET original = ? WHERE id = ?", arguments: [before, rows[2].rowID])
        }
        try store.reindexExample(rowID: rows[2].rowID, previousOriginal: after)
        #expect(try store.nextMatch(of: "giraffe", after: nil, forward: true) == nil)
        #expect(try store.nextMatch(of: "東京タワー", after: nil, forward: true) == nil)
        #expect(try store.nextMatch(of: "タワ", after: nil, forward: true) == nil)
        #expect(try store.nextMatch(of: "zebra", after: nil, forward: true) == rows[2].rowID)
        // The index is still consistent: FTS5's own check passes.
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO example_search (example_search) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO example_search_cjk (example_search_cjk) VALUES ('integrity-check')")
        }
    }
}
