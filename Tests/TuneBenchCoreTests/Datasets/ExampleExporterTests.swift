import Testing
import TuneBenchCore

@Suite struct ExampleExporterTests {
    private func export(_ json: String, from: DatasetFormat, to: DatasetFormat) -> Result<String, ExportSkip> {
        ExampleExporter(sourceFormat: from, targetFormat: to).export(original: Array(json.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func sameFormatKeepsTheOriginalBytes() {
        let original = #"{"messages" : [ {"role":"user","content":"q"} ], "x": 1.50}"#
        #expect(export(original, from: .openaiChat, to: .openaiChat) == .success(original))
    }

    @Test func conversions() {
        let alpaca = #"{"instruction": "Sum", "input": "", "output": "4"}"#
        #expect(export(alpaca, from: .alpaca, to: .openaiChat)
            == .success(#"{"messages":[{"role":"user","content":"Sum"},{"role":"assistant","content":"4"}]}"#))
        #expect(export(alpaca, from: .alpaca, to: .sharegpt)
            == .success(#"{"conversations":[{"from":"human","value":"Sum"},{"from":"gpt","value":"4"}]}"#))
        let chat = #"{"messages":[{"role":"system","content":"s"},{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}"#
        #expect(export(chat, from: .openaiChat, to: .alpaca)
            == .success(#"{"system":"s","instruction":"q","input":"","output":"a"}"#))
        #expect(export(chat, from: .openaiChat, to: .openaiPreference) == .failure(.noRejectedReply))
        let multi = #"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"},{"role":"user","content":"q2"},{"role":"assistant","content":"a2"}]}"#
        #expect(export(multi, from: .openaiChat, to: .alpaca) == .failure(.notSingleTurn))
        let pair = #"{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"good"}],"non_preferred_output":[{"role":"assistant","content":"bad"}]}"#
        #expect(export(pair, from: .openaiPreference, to: .openaiChat)
            == .success(#"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"good"}]}"#))
        let sharegpt = #"{"conversations":[{"from":"human","value":"q"},{"from":"gpt","value":"a"}]}"#
        #expect(export(sharegpt, from: .sharegpt, to: .openaiChat)
            == .success(#"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}"#))
    }

    @Test func preferenceRoundTripsThroughItsOwnShape() throws {
        let pair = #"{"input":{"messages":[{"role":"user","content":"q"}],"tools":[]},"preferred_output":[{"role":"assistant","content":"good"}],"non_preferred_output":[{"role":"assistant","content":"bad"}]}"#
        let rewritten = ExampleExporter(sourceFormat: .openaiPreference, targetFormat: .openaiPreference)
        #expect(rewritten.export(original: Array(pair.utf8)) == .success(Array(pair.utf8)))
        // Written from its normalised form, the pair comes back equal as JSON.
        let example = Normaliser(format: .openaiPreference).normalise(try JSONParser.parse(pair))
        #expect(example.rejected?.count == 1)
    }
}
