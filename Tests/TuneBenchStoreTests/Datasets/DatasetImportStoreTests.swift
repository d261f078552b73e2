import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct DatasetImportStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
    }

    @Test func importsEverySampleAndRecordsTheImport() throws {
        let toy = try store.importForTest(try DatasetSamples.path(DatasetSamples.toy))
        #expect(toy.dataset == "openai_cookbook_toy_chat_fine_tuning")
        #expect(toy.imported == 5 && toy.problems.isEmpty)
        #expect(toy.sha256 == "2af82e94fad9824b7f95202b60927cde71f734106c7df904d524e49bf6770818")
        #expect(toy.fileSize == 27385)
        #expect(try store.importForTest(try DatasetSamples.path(DatasetSamples.drone)).imported == 103)
        #expect(try store.importForTest(try DatasetSamples.path(DatasetSamples.alpaca)).format == .alpaca)
        #expect(try store.importForTest(try DatasetSamples.path(DatasetSamples.sharegpt)).format == .sharegpt)
        #expect(try store.datasets().map(\.examples) == [5, 103, 2, 1])
        #expect(try store.recordCounts()["examples"] == 111)
        #expect(try store.reviewCounts() == ReviewCounts(pending: 111))
        let records = try store.datasetImports()
        #expect(records.map(\.fileName) == [DatasetSamples.toy, DatasetSamples.drone, DatasetSamples.alpaca, DatasetSamples.sharegpt])
        #expect(records[0].imported == 5 && records[0].problems == 0 && records[0].fileSize == 27385)
        #expect(records[0].sha256 == toy.sha256 && records[0].format == .openaiChat && records[0].finishedAt >= records[0].startedAt)
    }

    @Test func originalBytesAreKeptExactly() throws {
        let path = try DatasetSamples.path(DatasetSamples.toy)
        try store.importForTest(path)
        let firstLine = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")[0]
        let id = try #require(try store.examples().first?.id)
        #expect(try store.originalRecord(of: id) == String(firstLine))
    }

    @Test func badLinesBecomeProblemsWithLineNumbersAndTheRestImports() throws {
        let path = dir.path("bad.jsonl")
        var bytes = Array("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n{\"messages\": [\n[1,2]\n".utf8)
        bytes += [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D, 0x0A]
        bytes += Array("\n{\"messages\":[{\"role\":\"user\",\"content\":\"q2\"},{\"role\":\"assistant\",\"content\":\"a2\"}]}".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let report = try store.importForTest(path)
        #expect(report.imported == 2)
        #expect(report.problems.map(\.line) == [2, 3, 4])
        #expect(report.problems.map(\.reason) == [
            "invalid JSON at byte 15: unexpected end of input", "not a JSON object", "invalid UTF-8 at byte 3",
        ])
        #expect(try store.examples().map(\.line) == [1, 6])
        #expect(try store.importProblems(dataset: nil).count == 3)
        let validation = try store.validate(dataset: nil, settings: ValidationSettings())
        #expect(validation.errors["data_type"] == 1)
    }

    @Test func aTwentyMegabyteLineImportsAndFailsOnlyTheTokenLimit() throws {
        let path = dir.path("big.jsonl")
        let big = String(repeating: "word ", count: 4_000_000)
        try write("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"\(big)\"}]}\n", to: path)
        let report = try store.importForTest(path)
        #expect(report.imported == 1 && report.problems.isEmpty)
        #expect(try store.examples().first?.errors == ["over_token_limit"])
        #expect(try store.originalRecord(of: try store.examples()[0].id).utf8.count > 20_000_000)
    }

    @Test func nothingImportableLeavesNoDataset() throws {
        let path = dir.path("junk.jsonl")
        try write("{\"messages\": x}\nnot json\n", to: path)
        #expect(throws: DatasetStoreError.self) { try store.importForTest(path, format: .openaiChat) }
        #expect(try store.datasets().isEmpty)
    }

    @Test func sameFileGivesSameIdsInTwoProjectsAndRepeatsStayDistinct() throws {
        let path = dir.path("repeat.jsonl")
        let line = "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}"
        try write("\(line)\n\(line)\n", to: path)
        try store.importForTest(path)
        let other = try ProjectStore.create(path: dir.path("q.tunebench"), name: "q")
        try other.importForTest(path)
        let ids = try store.examples().map(\.id)
        #expect(ids.count == 2 && Set(ids).count == 2)
        #expect(try other.examples().map(\.id) == ids)
        #expect(throws: DatasetStoreError.datasetExists("repeat")) { try store.importForTest(path) }
    }

    @Test func csvImportsThroughTheGuessedMapping() throws {
        let path = dir.path("qa.csv")
        try write("prompt,completion\nWhat is 2+2?,4\n\"Name a \"\"color\"\"\",Blue\n", to: path)
        let report = try store.importForTest(path)
        #expect(report.format == .csv && report.imported == 2)
        let out = dir.path("qa.jsonl")
        _ = try store.exportDataset(to: out, options: DatasetExportOptions(format: .openaiChat))
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").last
            == #"{"messages":[{"role":"user","content":"Name a \"color\""},{"role":"assistant","content":"Blue"}]}"#)
    }
}
