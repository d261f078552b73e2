import Foundation
import Testing
import TuneBenchCore

@Suite struct ChatTokenFormulaTests {
    @Test func messagesFormulaWithInjectedCounts() throws {
        let record = try JSONParser.parse(#"{"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "U", "name": "bob"}, {"role": "assistant", "content": "A", "weight": 1}]}"#)
        let counter = TableCounter(table: ["system": 1, "user": 1, "assistant": 1, "S": 5, "U": 7, "bob": 2, "A": 11])
        let count = ChatTokenFormula.dataPrepReference.count(Normaliser(format: .openaiChat).normalise(record), with: counter)
        // 3 messages × 3 + roles 3 + contents 23 + name 2 + 1 per name + 3 priming
        #expect(count == ChatTokenCount(total: 9 + 3 + 23 + 2 + 1 + 3, assistant: 11, messages: 3))
    }

    @Test func toolDefinitionsFollowTheCookbookConstants() throws {
        let tools = try JSONParser.parse(#"[{"type": "function", "function": {"name": "f", "description": "Does f.", "parameters": {"type": "object", "properties": {"mode": {"type": "string", "description": "How.", "enum": ["on", "off"]}, "n": {"type": "integer"}}}}}]"#)
        let counter = TableCounter(table: ["f:Does f": 4, "mode:string:How": 5, "on": 1, "off": 1, "n:integer:": 3])
        // func_init 7 + 4 + prop_init 3 + (prop_key 3 + enum_init -3 + 2 × (3 + 1) + 5) + (prop_key 3 + 3) + func_end 12
        #expect(ToolTokenConstants.gpt4o.tokens(of: tools.arrayValue!, counter: counter) == 7 + 4 + 3 + (3 - 3 + 8 + 5) + (3 + 3) + 12)
        #expect(ToolTokenConstants.gpt4.tokens(of: tools.arrayValue!, counter: counter) == 3 + ToolTokenConstants.gpt4o.tokens(of: tools.arrayValue!, counter: counter))
    }

    @Test func toolCallsCountNameAndArguments() throws {
        let record = try JSONParser.parse(#"{"messages": [{"role": "assistant", "tool_calls": [{"id": "x", "type": "function", "function": {"name": "go", "arguments": "{}"}}]}]}"#)
        let counter = TableCounter(table: ["assistant": 1, "go": 2, "{}": 3])
        let count = ChatTokenFormula.dataPrepReference.count(Normaliser(format: .openaiChat).normalise(record), with: counter)
        #expect(count.total == 3 + 1 + 2 + 3 + 3)
        #expect(count.assistant == 0)
    }

    @Test func epochsAndBillingFollowTheDataPrepRule() {
        let toyLike = [26, 40, 70, 74, 8032]  // sum 8242, as the toy file under cl100k_base
        let old = TrainingTokenRule(maxTokensPerExample: 4096).estimate(toyLike)
        #expect(old == TrainingTokenBill(epochs: 20, billingTokens: 4306, chargedTokens: 86_120))
        let new = TrainingTokenRule().estimate(toyLike)
        #expect(new == TrainingTokenBill(epochs: 20, billingTokens: 8242, chargedTokens: 164_840))
        let rule = TrainingTokenRule()
        #expect(rule.defaultEpochs(exampleCount: 103) == 3)
        #expect(rule.defaultEpochs(exampleCount: 30) == 3)
        #expect(rule.defaultEpochs(exampleCount: 33) == 3)
        #expect(rule.defaultEpochs(exampleCount: 32) == 3)
        #expect(rule.defaultEpochs(exampleCount: 20) == 5)
        #expect(rule.defaultEpochs(exampleCount: 1) == 25)
        #expect(rule.defaultEpochs(exampleCount: 10_000) == 2)
        #expect(rule.defaultEpochs(exampleCount: 100_000) == 1)
        #expect(rule.defaultEpochs(exampleCount: 0) == 0)
    }

    @Test func distributionUsesNumpyLinearQuantiles() throws {
        let d = try #require(Distribution([1, 2, 3, 4, 10]))
        #expect(d.min == 1 && d.max == 10)
        #expect(d.mean == 4)
        #expect(d.median == 3)
        #expect(abs(d.p10 - 1.4) < 1e-9)
        #expect(abs(d.p90 - 7.6) < 1e-9)
        #expect(Distribution([]) == nil)
    }
}
