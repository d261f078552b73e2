import Foundation
import GRDB
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// A test token counter: one token per whitespace-separated word.
struct WordCounter: TokenCounter {
    var encodingName: String { "test-words" }
    var isExact: Bool { false }
    func count(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }
}

enum DatasetSamples {
    static let toy = "openai_cookbook_toy_chat_fine_tuning.jsonl"
    static let drone = "openai_cookbook_drone_training.jsonl"
    static let alpaca = "axolotl_fixture_alpaca.json"
    static let sharegpt = "axolotl_fixture_sharegpt_conversation.json"

    static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/datasets/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url.path
    }
}

extension ProjectStore {
    /// Imports a sample or a file with the word counter.
    @discardableResult
    func importForTest(_ path: String, name: String? = nil, format: DatasetFormat? = nil) throws -> DatasetImportReport {
        try importDataset(file: path, options: DatasetImportOptions(counter: WordCounter(), format: format, datasetName: name))
    }
}

func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

extension ProjectStore {
    /// How many examples lack their row in `example_by_key` or `example_by_hash` (with their current key and
    /// content hash), plus how many rows of either table stand for no example: 0 when both tables are right.
    func indexTableMismatches() throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM example e WHERE NOT EXISTS (
                            SELECT 1 FROM example_by_key k WHERE k.dataset_id = e.dataset_id AND k.key = e.key AND k.id = e.id))
                     + (SELECT count(*) FROM example e WHERE NOT EXISTS (
                            SELECT 1 FROM example_by_hash h
                            WHERE h.dataset_id = e.dataset_id AND h.content_hash = e.content_hash AND h.id = e.id))
                     + (SELECT count(*) FROM example_by_key) + (SELECT count(*) FROM example_by_hash)
                     - 2 * (SELECT count(*) FROM example)
                """) ?? -1
        }
    }
}
