import Foundation
import Testing
import TuneBenchCore

/// The data-prep notebook's published figures for the toy file, from the chat formula fed with exact cl100k_base
/// counts of each string (a fixture computed with tiktoken; see Fixtures/datasets/SOURCES.md). The tokenizer itself
/// is tested in its own issue; this checks the formula and the epochs/billing rule against the reference.
@Suite struct ToyFileTokenFiguresTests {
    /// Counts from the fixture; a string missing from it fails the test.
    final class FixtureCounter: TokenCounter, @unchecked Sendable {
        let table: [String: Int]
        private(set) var misses: [String] = []
        init(table: [String: Int]) { self.table = table }
        var encodingName: String { "cl100k_base (fixture)" }
        var isExact: Bool { true }
        func count(_ text: String) -> Int {
            guard let n = table[text] else { misses.append(text); return 0 }
            return n
        }
    }

    @Test func toyFileGivesTheNotebookFigures() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try DatasetFixture.path("toy_cl100k_counts.json")))
        let counter = FixtureCounter(table: try JSONDecoder().decode([String: Int].self, from: data))
        let file = try DatasetFile(path: try DatasetFixture.path("openai_cookbook_toy_chat_fine_tuning.jsonl"))
        let normaliser = Normaliser(format: .openaiChat)
        let totals = try DatasetFixture.records(file).records.map { record in
            ChatTokenFormula().count(normaliser.normalise(try JSONParser.parse(record)), with: counter).total
        }
        #expect(counter.misses.isEmpty)
        #expect(totals.min() == 26)
        #expect(totals.max() == 8032)
        #expect(totals.reduce(0, +) == 8242)
        #expect(TrainingTokenRule(maxTokensPerExample: 4096).estimate(totals)
            == TrainingTokenBill(epochs: 20, billingTokens: 4306, chargedTokens: 86_120))
        #expect(TrainingTokenRule(maxTokensPerExample: 16_385).estimate(totals)
            == TrainingTokenBill(epochs: 20, billingTokens: 8242, chargedTokens: 164_840))
    }
}
