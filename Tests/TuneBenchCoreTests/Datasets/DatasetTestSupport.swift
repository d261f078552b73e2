import Foundation
import TuneBenchCore
import TuneBenchTestSupport

/// A test token counter: one token per whitespace-separated word. Exact counts come from the BPE counter's issue.
struct WordCounter: TokenCounter {
    var encodingName: String { "test-words" }
    var isExact: Bool { false }
    func count(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }
}

/// A counter that returns fixed counts for given strings (and 1 for anything else), for formula arithmetic.
struct TableCounter: TokenCounter {
    var table: [String: Int]
    var encodingName: String { "test-table" }
    var isExact: Bool { false }
    func count(_ text: String) -> Int { table[text] ?? 1 }
}

enum DatasetFixture {
    static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/datasets/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url.path
    }

    /// Every record of a file, read through `DatasetFile` like an import does.
    static func records(_ file: DatasetFile) throws -> (records: [[UInt8]], lines: [Int], problems: [ImportProblem]) {
        var source = file.source
        var records: [[UInt8]] = []
        var lines: [Int] = []
        var problems: [ImportProblem] = []
        while let batch = try source.nextBatch(maxRecords: 7, maxBytes: 1 << 20) {
            for span in batch.records {
                records.append(Array(batch.storage[span.range]))
                lines.append(span.line)
            }
            problems += batch.problems
        }
        return (records, lines, problems)
    }

    /// Writes `text` to a new file in `directory` and returns its path.
    static func write(_ text: String, named name: String, in directory: TemporaryDirectory) throws -> String {
        let path = directory.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
