import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct DatasetExportStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
    }

    @Test(arguments: [DatasetSamples.toy, DatasetSamples.drone])
    func roundTripKeepsEveryRecordByteForByte(sample: String) throws {
        let source = try DatasetSamples.path(sample)
        try store.importForTest(source, name: "in")
        let out = dir.path("out.jsonl")
        let report = try store.exportDataset(to: out, options: DatasetExportOptions(format: .openaiChat))
        let count = try store.datasets().first?.examples
        #expect(report.files.first?.examples == count)
        let original = try String(contentsOfFile: source, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        let exported = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        #expect(exported == original)
        try store.importForTest(out, name: "again")
        #expect(try store.examples(dataset: "again").map(\.id) == (try store.examples(dataset: "in").map(\.id)))
    }

    @Test func alpacaExportsAsChatAndBack() throws {
        try store.importForTest(try DatasetSamples.path(DatasetSamples.alpaca), name: "alpaca")
        let chat = dir.path("chat.jsonl")
        _ = try store.exportDataset(to: chat, options: DatasetExportOptions(format: .openaiChat))
        try store.importForTest(chat, name: "chat")
        let back = dir.path("back.jsonl")
        _ = try store.exportDataset(to: back, options: DatasetExportOptions(format: .alpaca, dataset: "chat"))
        let lines = try String(contentsOfFile: back, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"instruction":"You will be given a series of words."#))
    }

    @Test func statusTagAndSplitChooseExamples() throws {
        let path = dir.path("many.jsonl")
        var lines: [String] = []
        for i in 0..<100 {
            lines.append(#"{"messages":[{"role":"user","content":"question \#(i)"},{"role":"assistant","content":"answer \#(i)"}]}"#)
        }
        lines.append(lines[7].replacingOccurrences(of: "{\"messages\":", with: "{\"messages\": "))  // a duplicate of #7
        try write(lines.joined(separator: "\n"), to: path)
        try store.importForTest(path)
        let ids = try store.examples().map(\.id)
        for id in ids.prefix(10) { try store.applyReview(exampleID: id, change: ReviewChange(status: .accepted, addTags: id == ids[3] ? ["x"] : [])) }
        let accepted = try store.exportDataset(to: dir.path("acc.jsonl"), options: DatasetExportOptions(status: .accepted))
        #expect(accepted.files.map(\.examples) == [10])
        let tagged = try store.exportDataset(to: dir.path("tag.jsonl"), options: DatasetExportOptions(tag: "x"))
        #expect(tagged.files.map(\.examples) == [1])

        let out = dir.path("split.jsonl")
        let first = try store.exportDataset(to: out, options: DatasetExportOptions(trainFraction: 0.9, seed: 42))
        #expect(first.files.map(\.path) == [dir.path("split.train.jsonl"), dir.path("split.validation.jsonl")])
        #expect(first.files.map(\.examples).reduce(0, +) == 101)
        let train = try String(contentsOfFile: first.files[0].path, encoding: .utf8)
        let validation = try String(contentsOfFile: first.files[1].path, encoding: .utf8)
        #expect(train.contains("question 7\"") == !validation.contains("question 7\""))
        #expect(train.components(separatedBy: "question 7\"").count - 1 == 2 || validation.components(separatedBy: "question 7\"").count - 1 == 2)
        let again = try store.exportDataset(to: dir.path("split2.jsonl"), options: DatasetExportOptions(trainFraction: 0.9, seed: 42))
        #expect(try String(contentsOfFile: again.files[0].path, encoding: .utf8) == train)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
