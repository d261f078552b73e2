import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

/// Every reader holds at most the record limit of one record: a longer line, element or row is a problem with
/// its line and byte offset, and the records after it still import.
@Suite struct RecordLimitTests {
    let dir: TemporaryDirectory
    let limit = RecordLimit(bytes: 1_024)
    init() throws { dir = try TemporaryDirectory() }

    static let ok = #"{"messages":[{"role":"user","content":"hi"}]}"#

    /// Records (as text), their lines and the problems of `source`, read in small batches.
    func drain(_ source: some RecordSource) throws -> (records: [String], lines: [Int], problems: [ImportProblem]) {
        var source = source
        var out: (records: [String], lines: [Int], problems: [ImportProblem]) = ([], [], [])
        while let batch = try source.nextBatch(maxRecords: 3, maxBytes: 1 << 20) {
            for span in batch.records {
                out.records.append(String(decoding: batch.storage[span.range], as: UTF8.self))
                out.lines.append(span.line)
            }
            out.problems += batch.problems
        }
        return out
    }

    func stream(_ text: String, _ name: String, chunk: Int) throws -> ByteStream {
        try ByteStream(path: try DatasetFixture.write(text, named: name, in: dir), chunkSize: chunk)
    }

    func reason(at offset: Int, _ what: String = "record") -> String { limit.overLimitReason(offset: offset, what: what) }

    @Test func limitsReadAsWholeUnits() {
        #expect(RecordLimit.default.description == "64 MB")
        #expect(RecordLimit(bytes: 1_024).description == "1 KB")
        #expect(RecordLimit(bytes: 1_000_000).description == "1,000,000 bytes")
        #expect(RecordLimit(bytes: 3 << 30).description == "3 GB")
        #expect(reason(at: 1_234_566) == "record at byte 1,234,567 is longer than 1 KB (--max-record-bytes); skipped")
    }

    @Test(arguments: [64, 1_000, 4 << 20])
    func anOverLongJSONLinesLineIsReportedAndTheNextLinesImport(chunk: Int) throws {
        let long = String(repeating: "a", count: 5_000)
        let tail = String(repeating: "b", count: 3_000)
        let text = "\(Self.ok)\n\(long)\n\(Self.ok)\r\n\n\(tail)"
        let read = try drain(JSONLinesReader(stream: try stream(text, "a.jsonl", chunk: chunk), limit: limit))
        #expect(read.records == [Self.ok, Self.ok])
        #expect(read.lines == [1, 3])
        let second = Self.ok.utf8.count + 1
        let fifth = second + long.utf8.count + 1 + Self.ok.utf8.count + 2 + 1
        #expect(read.problems == [ImportProblem(line: 2, reason: reason(at: second)),
                                  ImportProblem(line: 5, reason: reason(at: fifth))])
    }

    @Test func aLineOfExactlyTheLimitIsKeptAndOneByteMoreIsNot() throws {
        let exact = "\"" + String(repeating: "x", count: 1_022) + "\""
        let over = "\"" + String(repeating: "y", count: 1_023) + "\""
        let read = try drain(JSONLinesReader(stream: try stream("\(exact)\n\(over)\n\(exact)", "edge.jsonl", chunk: 100), limit: limit))
        #expect(read.lines == [1, 3])
        #expect(read.problems == [ImportProblem(line: 2, reason: reason(at: exact.utf8.count + 1))])
    }

    @Test func offsetsCountTheByteOrderMark() throws {
        let text = "\u{FEFF}" + String(repeating: "a", count: 2_000) + "\n" + Self.ok + "\n"
        let read = try drain(JSONLinesReader(stream: try stream(text, "bom.jsonl", chunk: 256), limit: limit))
        #expect(read.records == [Self.ok])
        #expect(read.problems == [ImportProblem(line: 1, reason: reason(at: 3))])
    }

    @Test func theFormatProbeSkipsAnOverLongFirstLineToo() throws {
        let text = String(repeating: "a", count: 50_000) + "\n" + Self.ok + "\n"
        let file = try DatasetFile(path: try DatasetFixture.write(text, named: "first.jsonl", in: dir), limit: limit)
        #expect(file.format == .openaiChat)
        let read = try DatasetFixture.records(file)
        #expect(read.lines == [2])
        #expect(read.problems == [ImportProblem(line: 1, reason: reason(at: 0))])
    }

    @Test(arguments: [64, 4 << 20])
    func anOverLongArrayElementIsSkippedToItsEnd(chunk: Int) throws {
        // Brackets, commas and an escaped quote inside the long string must not end the element early.
        let filler = String(repeating: "[,}\\\" ", count: 400)
        let text = "[\n\(Self.ok),\n{\"messages\":[{\"content\":\"\(filler)\"}]},\n\(Self.ok)\n]\n"
        let read = try drain(JSONArrayReader(stream: try stream(text, "a.json", chunk: chunk), limit: limit))
        #expect(read.records == [Self.ok, Self.ok])
        #expect(read.lines == [2, 4])
        let start = 2 + Self.ok.utf8.count + 2
        #expect(read.problems == [ImportProblem(line: 3, reason: reason(at: start, "element"))])
    }

    @Test func anArrayThatEndsInsideAnOverLongElementSaysBoth() throws {
        let text = "[\(Self.ok), " + String(repeating: "a", count: 10_000)
        let read = try drain(JSONArrayReader(stream: try stream(text, "cut.json", chunk: 128), limit: limit))
        #expect(read.records == [Self.ok])
        #expect(read.problems == [ImportProblem(line: 1, reason: reason(at: Self.ok.utf8.count + 3, "element")),
                                  ImportProblem(line: 1, reason: "unterminated JSON array")])
    }

    @Test func anOverLongCSVRowIsSkippedWithItsQuotedNewlines() throws {
        let long = String(repeating: "z", count: 800) + "\n" + String(repeating: "z", count: 800)
        let text = "question,answer\nhi,there\n\"\(long)\",x\nbye,now\n"
        let read = try drain(CSVReader(stream: try stream(text, "qa.csv", chunk: 64), limit: limit))
        #expect(read.records == [#"{"question":"hi","answer":"there"}"#, #"{"question":"bye","answer":"now"}"#])
        #expect(read.lines == [2, 5])
        #expect(read.problems == [ImportProblem(line: 3, reason: reason(at: 25, "row"))])
    }

    @Test func aWholeFileDocumentIsReadWithinItsLimit() throws {
        let small = try DatasetFixture.write("{}", named: "small.json", in: dir)
        #expect(try DocumentFile.read(small, limit: limit) == Data("{}".utf8))
        let big = try DatasetFixture.write(String(repeating: " ", count: 1_025), named: "big.json", in: dir)
        #expect(throws: DocumentFileError.tooLong(big, limit)) { try DocumentFile.read(big, limit: limit) }
        // A device has no size to measure: reading stops once it passes the limit.
        #expect(throws: DocumentFileError.tooLong("/dev/zero", limit)) { try DocumentFile.read("/dev/zero", limit: limit) }
        #expect(DocumentFileError.tooLong(big, limit).description == "\(big): is longer than 1 KB (--max-record-bytes); not read")
    }
}
