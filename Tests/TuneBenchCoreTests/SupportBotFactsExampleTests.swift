import Foundation
import Testing

/// The support-bot-facts example's story, checked from its committed outputs with the grader it names: an answer
/// passes when it contains the expected fact, ignoring case.
@Suite struct SupportBotFactsExampleTests {
    struct EvalLine: Decodable {
        let id: String
        let output: String
        let expected: String
    }

    static let example = GraphQLAssistantExampleTests.repositoryRoot().appendingPathComponent("projects/support-bot-facts")

    func verdicts(of rung: String) throws -> [String: Bool] {
        let text = try String(contentsOf: Self.example.appendingPathComponent("evals/\(rung).jsonl"), encoding: .utf8)
        let lines = try text.split(separator: "\n").map { try JSONDecoder().decode(EvalLine.self, from: Data($0.utf8)) }
        return Dictionary(uniqueKeysWithValues: lines.map { ($0.id, $0.output.lowercased().contains($0.expected.lowercased())) })
    }

    @Test func retrievalClosesMostOfTheGapThatPromptingLeaves() throws {
        let rates = try ["baseline", "prompt", "rag"].map { rung in
            let verdicts = try verdicts(of: rung)
            #expect(verdicts.count == 100)
            return Double(verdicts.values.filter { $0 }.count) / Double(verdicts.count)
        }
        #expect((0.25...0.40).contains(rates[0]), "baseline \(rates[0])")
        #expect((0.38...0.50).contains(rates[1]), "prompt \(rates[1])")
        #expect((0.88...0.94).contains(rates[2]), "rag \(rates[2])")
        let target = 0.95
        #expect((rates[2] - rates[0]) / (target - rates[0]) >= 0.8, "RAG closes at least 80% of the gap")
    }

    @Test func everyRungAnswersTheSameCases() throws {
        let ids = try verdicts(of: "baseline").keys.sorted()
        #expect(try verdicts(of: "prompt").keys.sorted() == ids)
        #expect(try verdicts(of: "rag").keys.sorted() == ids)
    }
}
