import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

@Suite struct DatasetReadingTests {
    @Test(arguments: [
        ("openai_cookbook_toy_chat_fine_tuning.jsonl", DatasetFormat.openaiChat, DatasetContainer.jsonLines, 5),
        ("openai_cookbook_drone_training.jsonl", .openaiChat, .jsonLines, 103),
        ("axolotl_fixture_alpaca.json", .alpaca, .jsonArray, 2),
        ("axolotl_fixture_sharegpt_conversation.json", .sharegpt, .jsonValues, 1),
    ])
    func detectsTheSampleFiles(name: String, format: DatasetFormat, container: DatasetContainer, count: Int) throws {
        let file = try DatasetFile(path: try DatasetFixture.path(name))
        #expect(file.format == format)
        #expect(file.container == container)
        let read = try DatasetFixture.records(file)
        #expect(read.records.count == count)
        #expect(read.problems.isEmpty)
        for record in read.records { #expect(try JSONParser.parse(record).isObject) }
    }

    @Test func alpacaArrayElementsStartOnTheirLines() throws {
        let file = try DatasetFile(path: try DatasetFixture.path("axolotl_fixture_alpaca.json"))
        #expect(try DatasetFixture.records(file).lines == [2, 7])
    }

    @Test func jsonLinesKeepsLineNumbersAcrossBlankLinesAndCRLF() throws {
        let dir = try TemporaryDirectory()
        let path = try DatasetFixture.write("{\"messages\":[]}\r\n\n  \n{\"messages\":[1]}\n{\"messages\":[2]}", named: "a.jsonl", in: dir)
        let read = try DatasetFixture.records(try DatasetFile(path: path))
        #expect(read.lines == [1, 4, 5])
        #expect(read.records.map { String(decoding: $0, as: UTF8.self) } == ["{\"messages\":[]}", "{\"messages\":[1]}", "{\"messages\":[2]}"])
    }

    @Test func aLineOfTwentyMegabytesIsOneRecord() throws {
        let dir = try TemporaryDirectory()
        let big = String(repeating: "word ", count: 4_000_000)
        let text = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n{\"messages\":[{\"role\":\"assistant\",\"content\":\"\(big)\"}]}\n{\"messages\":[]}\n"
        let path = try DatasetFixture.write(text, named: "big.jsonl", in: dir)
        let read = try DatasetFixture.records(try DatasetFile(path: path))
        #expect(read.lines == [1, 2, 3])
        #expect(read.records[1].count > 20_000_000)
    }

    @Test func csvRowsBecomeObjectsWithTheirStartingLine() throws {
        let dir = try TemporaryDirectory()
        let csv = "question,answer\nhi,\"hello, there\"\n\"multi\nline\",\"say \"\"x\"\"\"\nbroken,\"open\n"
        let path = try DatasetFixture.write(csv, named: "qa.csv", in: dir)
        #expect(throws: DatasetFileError.self) { try DatasetFile(path: path) }
        let file = try DatasetFile(path: path, columnMapping: try CSVColumnMapping(parsing: "user=question,assistant=answer"))
        #expect(file.format == .csv)
        let read = try DatasetFixture.records(file)
        #expect(read.lines == [2, 3])
        #expect(String(decoding: read.records[1], as: UTF8.self) == #"{"question":"multi\nline","answer":"say \"x\""}"#)
        #expect(read.problems == [ImportProblem(line: 5, reason: "unterminated quoted field")])
        let example = Normaliser(format: .csv, columnMapping: file.columnMapping).normalise(try JSONParser.parse(read.records[0]))
        #expect(example.messages.map { $0["role"]?.stringValue } == ["user", "assistant"])
        #expect(example.messages[1]["content"] == .string("hello, there"))
    }

    @Test func csvMappingIsGuessedFromWellKnownHeaders() throws {
        #expect(CSVColumnMapping.guess(columns: ["prompt", "completion"])?.description == "user=prompt,assistant=completion")
        #expect(CSVColumnMapping.guess(columns: ["instruction", "input", "output"])?.description
            == "user=instruction,user=input,assistant=output")
        #expect(CSVColumnMapping.guess(columns: ["a", "b"]) == nil)
        #expect(throws: DatasetFileError.self) { try CSVColumnMapping(parsing: "user=q") }
        #expect(throws: DatasetFileError.self) { try CSVColumnMapping(parsing: "bot=q,assistant=a") }
    }

    @Test func processorReportsEachKindOfBadRecord() throws {
        let processor = RecordProcessor(normaliser: Normaliser(format: .openaiChat), counter: WordCounter())
        func reason(_ bytes: [UInt8]) -> String? {
            bytes.withUnsafeBytes { raw in
                if case .failure(let error) = processor.process(raw) { return error.reason }
                return nil
            }
        }
        #expect(reason(Array("{\"messages\": [".utf8)) == "invalid JSON at byte 15: unexpected end of input")
        #expect(reason([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]) == "invalid UTF-8 at byte 3")
        #expect(reason(Array("[1, 2]".utf8)) == "not a JSON object")
        #expect(reason(Array("{\"messages\": []}".utf8)) == nil)
    }
}
