import Testing
import TuneBenchCore

@Suite struct NormaliserTests {
    private func roles(_ example: NormalisedExample) -> [String?] { example.messages.map { $0["role"]?.stringValue } }

    @Test func alpacaJoinsInstructionAndInput() throws {
        let record = try JSONParser.parse(#"{"instruction": "Reverse", "input": "a b", "output": "b a"}"#)
        let example = Normaliser(format: .alpaca).normalise(record)
        #expect(roles(example) == ["user", "assistant"])
        #expect(example.messages[0]["content"] == .string("Reverse\n\na b"))
    }

    @Test func shareGPTSpeakersBecomeRoles() throws {
        let record = try JSONParser.parse(#"{"conversations": [{"from": "system", "value": "s"}, {"from": "human", "value": "q"}, {"from": "gpt", "value": "a"}, {"from": "narrator", "value": "?"}]}"#)
        #expect(roles(Normaliser(format: .sharegpt).normalise(record)) == ["system", "user", "assistant", "narrator"])
    }

    @Test func preferenceKeepsTheRejectedReply() throws {
        let record = try JSONParser.parse(#"{"input": {"messages": [{"role": "user", "content": "q"}], "tools": []}, "preferred_output": [{"role": "assistant", "content": "good"}], "non_preferred_output": [{"role": "assistant", "content": "bad"}]}"#)
        let example = Normaliser(format: .openaiPreference).normalise(record)
        #expect(roles(example) == ["user", "assistant"])
        #expect(example.rejected?.first?["content"] == .string("bad"))
        #expect(example.chat["tools"] == .array([]))
    }

    @Test func promptCompletionIsOneExchange() throws {
        let record = try JSONParser.parse(#"{"prompt": "2+2=", "completion": "4"}"#)
        #expect(roles(Normaliser(format: .promptCompletion).normalise(record)) == ["user", "assistant"])
    }
}
