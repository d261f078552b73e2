import Foundation
import Testing
import TuneBenchCore

/// Preference pairs from two runs: which shared cases pair, which side is chosen, why the others are skipped,
/// and the records each format writes.
@Suite struct PreferencePairsTests {
    func item(_ key: String, _ pass: Bool, input: String? = nil, output: String? = nil, note: String? = nil) -> PreferenceCase {
        PreferenceCase(key: key, input: input ?? "question \(key)", output: output ?? "answer \(key) \(pass)", pass: pass,
                       overrideNote: note)
    }

    @Test func exactlyOnePassingSideGivesAPairWithThePassingOutputChosen() {
        let a = [item("k1", true), item("k2", false), item("k3", true), item("k4", false)]
        let b = [item("k1", false), item("k2", true), item("k3", true), item("k4", false)]
        let result = PreferencePairs.make(a: a, b: b)
        #expect(result.pairs.map(\.key) == ["k1", "k2"])
        #expect(result.pairs[0].chosen == "answer k1 true" && result.pairs[0].rejected == "answer k1 false")
        #expect(result.pairs[0].chosenSide == .a && result.pairs[1].chosenSide == .b)
        #expect(result.chosenFromA == 1)
        #expect(result.pairs[1].prompt == [.object([JSONMember("role", .string("user")), JSONMember("content", .string("question k2"))])])
        #expect(result.skipped[.bothPass] == 1 && result.skipped[.bothFail] == 1)
        #expect(result.sharedCases == 4 && result.skippedCount == 2)
    }

    @Test func anOverriddenVerdictDecidesAndItsNoteIsKept() throws {
        // A's k1 was imported as a fail; a human passed it: the effective verdict is what the caller gives.
        let a = [item("k1", true, output: "kept by a human", note: "the grader missed the alias")]
        let b = [item("k1", false, output: "wrong field")]
        let pair = try #require(PreferencePairs.make(a: a, b: b).pairs.first)
        #expect(pair.chosen == "kept by a human")
        #expect(pair.chosenNote == "the grader missed the alias" && pair.rejectedNote == nil)
        // The same case with the override flipping the other way gives no pair.
        let flipped = [item("k1", false, output: "kept by a human", note: "actually wrong")]
        #expect(PreferencePairs.make(a: flipped, b: b).skipped[.bothFail] == 1)
    }

    @Test func oneSidedCasesThatCannotBePairsAreCountedByReason() {
        let a = [
            item("differs", true, input: "q"),
            item("blank-in", true, input: "  "),
            item("no-out", false, output: ""),
            item("same", true, output: "x"),
            item("prefill", true, input: #"[{"role":"user","content":"q"},{"role":"assistant","content":"query {"}]"#),
            item("only-a", true),
        ]
        let b = [
            item("differs", false, input: "q changed"),
            item("blank-in", false, input: "  "),
            item("no-out", true),
            item("same", false, output: "x"),
            item("prefill", false, input: #"[{"role":"user","content":"q"},{"role":"assistant","content":"query {"}]"#),
            item("only-b1", true), item("only-b2", false),
        ]
        let result = PreferencePairs.make(a: a, b: b)
        #expect(result.pairs.isEmpty)
        #expect(result.skipped == [.bothPass: 0, .bothFail: 0, .missingInput: 1, .inputDiffers: 1, .missingOutput: 1,
                                   .sameOutput: 1, .inputEndsWithAssistant: 1])
        #expect(result.sharedCases == 5 && result.onlyInA == 1 && result.onlyInB == 2)
    }

    @Test func aMessageListInputIsThePromptAndOtherTextIsOneUserTurn() {
        let list = #"[{"role":"system","content":"Answer in GraphQL."},{"role":"user","content":"repos of hooli"}]"#
        #expect(PreferencePairs.promptMessages(list).compactMap { $0["role"]?.stringValue } == ["system", "user"])
        for text in ["[1, 2]", "[not json", "[]", #"[{"content":"no role"}]"#, "plain question"] {
            #expect(PreferencePairs.promptMessages(text) == [.object([JSONMember("role", .string("user")),
                                                                        JSONMember("content", .string(text))])], "\(text)")
        }
    }

    func pair() -> PreferencePair {
        PreferencePair(key: "case-7", prompt: PreferencePairs.promptMessages(#"[{"role":"system","content":"S"},{"role":"user","content":"Q"}]"#),
                       chosen: "good", rejected: "bad", chosenSide: .b, chosenNote: "checked by hand")
    }

    @Test func theOpenAIRecordHasOnlyTheDPOKeys() throws {
        let text = JSONWriter.string(PreferencePairFormat.openaiPreference.record(pair()))
        #expect(text == #"{"input":{"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"}]},"#
            + #""preferred_output":[{"role":"assistant","content":"good"}],"non_preferred_output":[{"role":"assistant","content":"bad"}]}"#)
    }

    @Test func theTRLRecordIsConversationalAndReadsBackAsTheSamePair() throws {
        let record = PreferencePairFormat.trl.record(pair())
        #expect(JSONWriter.string(record) == #"{"prompt":[{"role":"system","content":"S"},{"role":"user","content":"Q"}],"#
            + #""chosen":[{"role":"assistant","content":"good"}],"rejected":[{"role":"assistant","content":"bad"}]}"#)
        let back = TRLPreference.normalise(record)
        #expect(back.messages.last?["content"]?.stringValue == "good")
        #expect(back.rejected?.first?["content"]?.stringValue == "bad")
    }

    @Test func theMetadataLineNamesTheCaseTheRunsAndTheNotes() {
        let runs = (PreferenceRun(id: 2, name: "prompt-v3"), PreferenceRun(id: 4, name: "prompt-v4"))
        let text = JSONWriter.string(PreferencePairFile.metadataRecord(pair(), line: 3, runs: runs))
        #expect(text == #"{"line":3,"case":"case-7","chosen_run":"prompt-v4","chosen_run_id":4,"rejected_run":"prompt-v3","#
            + #""rejected_run_id":2,"chosen_override_note":"checked by hand","rejected_override_note":null}"#)
    }

    @Test func theSidecarSitsBesideThePairsFileAndNotBesideADevice() {
        #expect(PreferencePairFile.defaultMetadataPath(forOutput: "out/pairs.jsonl") == "out/pairs.meta.jsonl")
        #expect(PreferencePairFile.defaultMetadataPath(forOutput: "pairs.json") == "pairs.json.meta.jsonl")
        #expect(PreferencePairFile.defaultMetadataPath(forOutput: "/dev/null") == nil)
        #expect(PreferencePairFile.isStream("/dev/null") && !PreferencePairFile.isStream("/tmp"))
    }
}
