import Foundation
import TuneBenchCore
import TuneBenchStore
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
