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
