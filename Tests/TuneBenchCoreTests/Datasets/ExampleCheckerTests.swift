import Testing
import TuneBenchCore

@Suite struct ExampleCheckerTests {
    private let checker = ExampleChecker()

    private func check(_ json: String, format: DatasetFormat = .openaiChat, checker: ExampleChecker? = nil, tokens: Int = 10) throws -> CheckCounts {
        (checker ?? self.checker).check(Normaliser(format: format).normalise(try JSONParser.parse(json)), totalTokens: tokens)
    }

    /// The categories summed over a sample file, counted as the reference counts them.
    private func totals(_ name: String) throws -> [CheckCategory: Int] {
        let file = try DatasetFile(path: try DatasetFixture.path(name))
        var totals: [CheckCategory: Int] = [:]
        for record in try DatasetFixture.records(file).records {
            let counts = try check(String(decoding: record, as: UTF8.self))
            for category in counts.categories { totals[category, default: 0] += counts[category] }
        }
        return totals
    }

    @Test func toyFileHasOnlyTheTwoWarningsTheReferenceReports() throws {
        let totals = try totals("openai_cookbook_toy_chat_fine_tuning.jsonl")
        #expect(totals[.missingSystemMessage] == 1)
        #expect(totals[.missingUserMessage] == 1)
        #expect(CheckCategory.errors.allSatisfy { totals[$0] == nil })
    }

    @Test func droneToolCallingExamplesAreAllValid() throws {
        let totals = try totals("openai_cookbook_drone_training.jsonl")
        #expect(CheckCategory.errors.allSatisfy { totals[$0] == nil }, "\(totals)")
    }

    @Test func referenceCategoriesOnPlainChatData() throws {
        #expect(try check(#"{"messages": []}"#).categories == [.missingMessagesList])
        #expect(try check(#"{"prompt": "x"}"#).categories == [.missingMessagesList])
        let bad = try check(#"{"messages": [{"role": "user"}, {"role": "robot", "content": "hi", "extra": 1}, {"role": "user", "content": 5}]}"#)
        #expect(bad[.messageMissingKey] == 1)
        #expect(bad[.messageUnrecognizedKey] == 1)
        #expect(bad[.unrecognizedRole] == 1)
        #expect(bad[.missingContent] == 2)
        #expect(bad[.exampleMissingAssistantMessage] == 1)
    }

    @Test func toolTurnsAndContentArraysAreValid() throws {
        let json = #"{"messages": [{"role": "user", "content": [{"type": "text", "text": "fly"}]}, {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "go", "arguments": "{}"}}]}, {"role": "tool", "tool_call_id": "c1", "content": "ok"}, {"role": "assistant", "content": "done", "weight": 1}], "tools": [], "parallel_tool_calls": false}"#
        #expect(try check(json).categories == [.missingSystemMessage])
    }

    @Test func extraChecks() throws {
        let weights = try check(#"{"messages": [{"role": "user", "content": "q", "weight": 1}, {"role": "assistant", "content": "a", "weight": 2}]}"#)
        #expect(weights[.invalidWeight] == 2)
        #expect(try check(#"{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "  \n"}]}"#)[.emptyAssistantContent] == 1)
        #expect(try check(#"{"messages": [{"role": "assistant", "content": "a"}, {"role": "user", "content": "q"}]}"#)[.turnOrder] == 1)
        #expect(try check(#"{"messages": [{"role": "user", "content": "q"}, {"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}"#)[.turnOrder] == 1)
        #expect(try check(#"{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}"#, tokens: 16_386)[.overTokenLimit] == 1)
        let json = ExampleChecker(requireJSONOutput: true)
        #expect(try check(#"{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "{\"a\": 1"}]}"#, checker: json)[.invalidJSONOutput] == 1)
        #expect(try check(#"{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "{\"a\": 1}"}]}"#, checker: json)[.invalidJSONOutput] == 0)
    }

    @Test func countsSurviveTheirStoredForm() {
        var counts = CheckCounts()
        counts.add(.missingContent, 2)
        counts.add(.exactDuplicate)
        #expect(counts.encoded == "missing_content:2,exact_duplicate:1")
        #expect(CheckCounts(encoded: counts.encoded) == counts)
        #expect(counts.withoutDuplicates.categories == [.missingContent])
    }
}
