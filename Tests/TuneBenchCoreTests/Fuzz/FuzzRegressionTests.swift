import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

/// Inputs the libFuzzer targets (Fuzz/, docs/FUZZING.md) found crashing or hanging an importer, kept so the fix
/// stays fixed. The inputs are in Fixtures/fuzz/, named after the target and what they broke.
@Suite struct FuzzRegressionTests {
    static func input(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/fuzz/\(name)", withExtension: nil))
    }

    /// Reads every batch of a dataset file, failing instead of hanging when the reader stops advancing.
    static func drain(_ file: DatasetFile) -> (records: Int, problems: [ImportProblem]) {
        var source = file.source
        var records = 0, problems: [ImportProblem] = []
        for _ in 0..<10_000 {
            guard let batch = try? source.nextBatch(maxRecords: 16, maxBytes: 4096) else { return (records, problems) }
            records += batch.records.count
            problems += batch.problems
        }
        Issue.record("the reader still returns batches after 10,000: it does not advance")
        return (records, problems)
    }

    /// A stray `}` after an element of a JSON array made an empty element the reader never stepped over.
    @Test func aStrayClosingBraceInAJSONArrayIsAProblemNotAnEndlessLoop() throws {
        let file = try DatasetFile(path: try Self.input("dataset-alpaca-stray-closing-brace.json").path, format: .alpaca)
        let (records, problems) = Self.drain(file)
        #expect(records > 0)
        #expect(problems.contains { $0.reason == "unexpected '}' with nothing open" })
    }

    @Test(arguments: ["[{\"a\":1}}]", "[}]", "[{}, }]", "{\n\"a\":1}\n}\n{\"b\":2}\n"])
    func strayClosersAreReportedAndSkipped(text: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path(text.hasPrefix("[") ? "array.json" : "values.json")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let file = try DatasetFile(path: path, format: .openaiChat)
        let (_, problems) = Self.drain(file)
        #expect(problems.contains { $0.reason.hasPrefix("unexpected ") }, "\(problems)")
    }
}

/// `.eval` logs (zip) the inspect fuzz target found hanging the import.
@Suite struct InspectEvalFuzzRegressionTests {
    /// Bytes changed inside the deflate streams: ZIPFoundation's extract looped for ever asking for more input
    /// past the entry's end. Now it is an error naming the entry.
    /// A number past Double's range (`1.99…E9999995`) had the canonical text `inf`, which is not JSON: the
    /// json-parser target's write-and-reparse check caught it.
    @Test func aNumberPastDoublesRangeKeepsCanonicalTextThatIsJSON() throws {
        let value = try JSONParser.parse([UInt8](try Data(contentsOf: try FuzzRegressionTests.input("json-parser-number-past-double-range.json"))))
        let canonical = value.canonicalText
        #expect(!canonical.contains("inf"))
        #expect(try JSONParser.parse(canonical).canonicalText == canonical)
    }

    @Test func aDamagedDeflateStreamIsAnErrorNotAnEndlessLoop() throws {
        let data = try Data(contentsOf: try FuzzRegressionTests.input("evals-inspect-eval-damaged-deflate.eval"))
        let error = try #require(throws: EvalInputError.self) {
            try EvalFileImport.runs(from: data, fileName: "damaged.eval")
        }
        #expect(error.description.contains("damaged.eval: header.json: damaged archive"), "\(error)")
    }

    /// A damaged deflate stream whose entry ends in a short last chunk: ZIPFoundation told zlib the chunk was a
    /// full buffer, and inflate read past it (ASan: SEGV in inflate). The chunks are now always full.
    @Test func aShortLastChunkIsNotReadPast() throws {
        let data = try Data(contentsOf: try FuzzRegressionTests.input("evals-inspect-eval-short-last-chunk.eval"))
        let error = try #require(throws: EvalInputError.self) {
            try EvalFileImport.runs(from: data, fileName: "short.eval")
        }
        #expect(error.description.contains("damaged archive"), "\(error)")
    }

    @Test func anEntryRunningPastTheEndOfTheFileIsRefused() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/evals/inspect_ai_popularity_log.eval", withExtension: nil))
        var bytes = [UInt8](try Data(contentsOf: url))
        // Declare every central-directory entry's compressed size as at least 16 MB.
        for offset in 0..<(bytes.count - 46) where bytes[offset..<(offset + 4)] == [0x50, 0x4B, 0x01, 0x02] {
            bytes[offset + 22] = 0xFF
        }
        let error = try #require(throws: EvalInputError.self) {
            try EvalFileImport.runs(from: Data(bytes), fileName: "long.eval")
        }
        #expect(error.description.contains("runs past the end of the file"), "\(error)")
    }
}
