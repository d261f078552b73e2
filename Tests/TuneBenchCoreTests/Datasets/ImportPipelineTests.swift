import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

@Suite struct ImportPipelineTests {
    /// Every record's line, bytes and facts, and every problem, as the pipeline hands them to the store.
    struct Output: Equatable {
        var records: [(line: Int, bytes: [UInt8], facts: ProcessedFacts)] = []
        var problems: [ImportProblem] = []
        var notObjectLines = 0

        static func == (a: Output, b: Output) -> Bool {
            a.problems == b.problems && a.notObjectLines == b.notObjectLines && a.records.count == b.records.count
                && zip(a.records, b.records).allSatisfy { $0.line == $1.line && $0.bytes == $1.bytes && $0.facts == $1.facts }
        }
    }

    static func run(_ path: String, workers: Int) throws -> Output {
        let file = try DatasetFile(path: path)
        let processor = RecordProcessor(normaliser: Normaliser(format: file.format), counter: WordCounter())
        var output = Output()
        try ImportPipeline.run(source: file.source, processor: processor, workers: workers, maxRecords: 37) { batch in
            for record in batch.records {
                output.records.append((record.span.line, Array(batch.bytes(of: record)), record.facts))
            }
            output.problems += batch.problems
            output.notObjectLines += batch.notObjectLines
        }
        return output
    }

    @Test func parallelWorkersGiveTheSameOutputAsOneThreadInFileOrder() throws {
        let dir = try TemporaryDirectory()
        var lines: [String] = []
        for i in 0..<2_000 {
            switch i % 97 {
            case 13: lines.append("{\"messages\": [")                                  // invalid JSON
            case 29: lines.append("[1, 2]")                                            // not an object
            case 41: lines.append(lines[i - 40])                                       // exact duplicate
            case 53: lines.append(lines[i - 50].replacingOccurrences(of: "reply", with: "answer")) // near duplicate
            default:
                lines.append(#"{"messages":[{"role":"user","content":"question \#(i) about item \#(i % 7) and more words"},{"role":"assistant","content":"reply \#(i) with a few words of text for \#(i % 11)"}]}"#)
            }
        }
        let path = try DatasetFixture.write(lines.joined(separator: "\n") + "\n", named: "mixed.jsonl", in: dir)
        let single = try Self.run(path, workers: 1)
        #expect(single.records.count == 2_000 - 2 * 21)
        #expect(single.problems.count == 42)
        #expect(single.notObjectLines == 21)
        #expect(single.records.map(\.line) == single.records.map(\.line).sorted())
        for workers in [2, 3, 8] {
            #expect(try Self.run(path, workers: workers) == single)
        }
    }

    @Test func aFailingConsumerStopsTheWorkers() throws {
        let dir = try TemporaryDirectory()
        let line = #"{"messages":[{"role":"user","content":"hi"}]}"#
        let path = try DatasetFixture.write(String(repeating: line + "\n", count: 500), named: "a.jsonl", in: dir)
        let file = try DatasetFile(path: path)
        let processor = RecordProcessor(normaliser: Normaliser(format: file.format), counter: WordCounter())
        struct Stop: Error {}
        var batches = 0
        #expect(throws: Stop.self) {
            try ImportPipeline.run(source: file.source, processor: processor, workers: 3, maxRecords: 10) { _ in
                batches += 1
                if batches == 3 { throw Stop() }
            }
        }
        #expect(batches == 3)
    }
}
