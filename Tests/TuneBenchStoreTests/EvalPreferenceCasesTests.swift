import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The cases `evals pairs` loads: verdicts after overrides, exactly as `evals compare` counts them, with the notes.
@Suite struct EvalPreferenceCasesTests {
    @Test func overridesDecideTheVerdictAsForTheComparisonAndKeepTheirNote() throws {
        let dir = try TemporaryDirectory()
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "pairs")
        let run = EvalRun(name: "a", source: "jsonl", cases: (0..<4).map { index in
            EvalCase(key: "c\(index)", input: "q\(index)", output: "o\(index)", pass: index % 2 == 0, score: index % 2 == 0 ? 1 : 0)
        })
        let id = try #require(try store.insertEvalRuns([run], sourceFile: nil).first).id
        let created = Date(timeIntervalSince1970: 1_800_000_000)
        try store.setEvalOverride(runID: id, caseKey: "c1", to: EvalOverride(runID: id, caseKey: "c1", pass: true,
                                                                              note: "valid after all", created: created))
        try store.setEvalOverride(runID: id, caseKey: "c2", to: EvalOverride(runID: id, caseKey: "c2", pass: false,
                                                                              note: "", created: created))
        let cases = try store.evalPreferenceCases(runID: id)
        #expect(cases == [
            PreferenceCase(key: "c0", input: "q0", output: "o0", pass: true),
            PreferenceCase(key: "c1", input: "q1", output: "o1", pass: true, overrideNote: "valid after all"),
            PreferenceCase(key: "c2", input: "q2", output: "o2", pass: false, overrideNote: ""),
            PreferenceCase(key: "c3", input: "q3", output: "o3", pass: false),
        ])
        #expect(cases.map(\.pass) == (try store.evalOutcomes(runID: id)).map(\.pass))
    }

    @Test func aMistypedRunNameSuggestsTheNearestOne() throws {
        let dir = try TemporaryDirectory()
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "pairs")
        try store.insertEvalRuns([EvalRun(name: "prompt-v3", source: "jsonl", cases: [])], sourceFile: nil)
        #expect(throws: EvalStoreError.runNotFound("prompt-v4", suggestion: "prompt-v3")) { try store.evalRun(resolving: "prompt-v4") }
        #expect(throws: EvalStoreError.runNotFound("zzz")) { try store.evalRun(resolving: "zzz") }
        #expect(EvalStoreError.runNotFound("prompt-v4", suggestion: "prompt-v3").description
            == "no eval run has id or name 'prompt-v4'; did you mean 'prompt-v3'?")
    }
}
