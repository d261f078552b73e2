import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct DatasetSearchStoreTests {
    @Test func indexIsIncrementalAndFindsWordsAndCJKText() throws {
        let dir = try TemporaryDirectory()
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
        try store.importForTest(try DatasetSamples.path(DatasetSamples.toy))
        var first = try store.buildSearchIndex(batchSize: 2)
        #expect(first == SearchIndexReport(indexed: 5, withCJK: 0))
        let ids = try store.examples().map(\.id)
        #expect(try store.searchExamples("banana") == [ids[4]])
        #expect(try store.searchExamples("golf fun") == [ids[1]])
        #expect(try store.searchExamples("nothing-like-this").isEmpty)

        let path = dir.path("cjk.jsonl")
        try write(#"{"messages":[{"role":"user","content":"東京の天気は？"},{"role":"assistant","content":"晴れです"}]}"#, to: path)
        try store.importForTest(path)
        first = try store.buildSearchIndex()
        #expect(first == SearchIndexReport(indexed: 1, withCJK: 1))
        #expect(try store.searchExamples("東京の") == [try store.examples(dataset: "cjk")[0].id])
        #expect(try store.buildSearchIndex().indexed == 0)
    }
}
