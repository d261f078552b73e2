import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct EvalStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore
    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "evals")
    }

    static func run(_ name: String, passes: [Bool], rung: Rung? = nil) -> EvalRun {
        EvalRun(name: name, source: "jsonl", model: "m", created: Date(timeIntervalSince1970: 1_700_000_000), rung: rung,
                cases: passes.enumerated().map { index, pass in
                    EvalCase(key: "k\(index)", input: "in \(index)", output: "out \(index)", expected: index == 0 ? nil : "exp",
                             pass: pass, score: pass ? 1 : 0.25, metrics: ["m1": 0.5],
                             verdicts: [GraderVerdict(grader: "contains", pass: pass, score: pass ? 1 : 0, reason: "why \"quoted\"\n")],
                             latencyMs: 10, tokens: CaseTokens(input: 3, output: 4), cost: 0.01, error: index == 2 ? "boom" : nil)
                })
    }

    @Test func insertedRunsComeBackWithTheirFiguresAndCases() throws {
        let stored = try store.insertEvalRuns([Self.run("a", passes: [true, false, true], rung: .prompt)], sourceFile: "a.jsonl",
                                             now: Date(timeIntervalSince1970: 1_800_000_000))
        let run = try #require(stored.first)
        #expect(run.name == "a" && run.source == "jsonl" && run.sourceFile == "a.jsonl" && run.model == "m" && run.rung == .prompt)
        #expect(run.cases == 3 && run.passed == 2 && run.errors == 1 && run.overrides == 0)
        #expect(abs(run.meanScore - 0.75) < 1e-12)
        #expect(abs((run.totalCost ?? 0) - 0.03) < 1e-12 && run.meanLatencyMs == 10)
        #expect(run.created == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(run.imported == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(run.passInterval == Wilson.interval(passed: 2, total: 3))
        let cases = try store.evalCases(runID: run.id)
        #expect(cases.map(\.imported) == Self.run("a", passes: [true, false, true]).cases)
        #expect(try store.evalCases(runID: run.id, offset: 1, limit: 1).map(\.ordinal) == [1])
        #expect(try store.recordCounts()["eval_runs"] == 1)
        #expect(try store.recordCounts()["eval_cases"] == 3)
    }

    @Test func aFailingRunLeavesNothingOfTheFileBehind() throws {
        var broken = Self.run("b", passes: [true, true])
        broken.cases[1].key = "k0"  // duplicate key: the UNIQUE constraint fails on the second case
        #expect(throws: DatabaseError.self) {
            try store.insertEvalRuns([Self.run("a", passes: [true]), broken], sourceFile: nil)
        }
        #expect(try store.evalRuns().isEmpty)
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM eval_case") } == 0)
    }

    @Test func runsResolveByIdOrUniqueName() throws {
        let runs = try store.insertEvalRuns([Self.run("a", passes: [true]), Self.run("b", passes: [true]), Self.run("b", passes: [false])],
                                            sourceFile: nil)
        #expect(try store.evalRun(resolving: "a").id == runs[0].id)
        #expect(try store.evalRun(resolving: String(runs[2].id)).id == runs[2].id)
        #expect(throws: EvalStoreError.ambiguousRunName("b", ids: [runs[1].id, runs[2].id])) { try store.evalRun(resolving: "b") }
        #expect(throws: EvalStoreError.runNotFound("zzz")) { try store.evalRun(resolving: "zzz") }
        #expect(try store.evalRuns().map(\.name) == ["a", "b", "b"])
    }

    @Test func setRungChangesOnlyThatRun() throws {
        let runs = try store.insertEvalRuns([Self.run("a", passes: [true]), Self.run("b", passes: [true])], sourceFile: nil)
        try store.setEvalRung(runID: runs[1].id, to: .finetune)
        #expect(try store.evalRuns().map(\.rung) == [nil, .finetune])
        try store.setEvalRung(runID: runs[1].id, to: nil)
        #expect(try store.evalRun(id: runs[1].id).rung == nil)
        #expect(throws: EvalStoreError.runNotFound("999")) { try store.setEvalRung(runID: 999, to: .rag) }
    }

    @Test func overridesChangeFiguresAndOutcomesButNotTheImportedVerdict() throws {
        let run = try #require(try store.insertEvalRuns([Self.run("a", passes: [true, false, false])], sourceFile: nil).first)
        let when = Date(timeIntervalSince1970: 1_900_000_000)
        let first = EvalOverride(runID: run.id, caseKey: "k1", pass: true, note: "grader too strict", created: when)
        #expect(try store.setEvalOverride(runID: run.id, caseKey: "k1", to: first)?.edit.review == nil)
        let after = try store.evalRun(id: run.id)
        #expect(after.passed == 2 && after.overrides == 1)
        #expect(abs(after.scoreSum - (1 + 1 + 0.25)) < 1e-12)
        let cases = try store.evalCases(runID: run.id)
        #expect(cases[1].imported.pass == false && cases[1].override == first && cases[1].pass && cases[1].score == 1)
        #expect(try store.evalOutcomes(runID: run.id).map(\.pass) == [true, true, false])
        // Replacing logs the previous override (for undo); nil removes it; the same override again changes nothing.
        let second = EvalOverride(runID: run.id, caseKey: "k1", pass: false, note: "no, it was wrong", created: when)
        #expect(try store.setEvalOverride(runID: run.id, caseKey: "k1", to: second)?.edit
                == .evalOverride(EvalOverrideEdit(runID: run.id, caseKey: "k1",
                    before: OverrideVerdict(pass: true, note: "grader too strict", created: when),
                    after: OverrideVerdict(pass: false, note: "no, it was wrong", created: when))))
        #expect(try store.setEvalOverride(runID: run.id, caseKey: "k1", to: second) == nil)
        #expect(try store.evalOverrides(runID: run.id) == [second])
        try store.setEvalOverride(runID: run.id, caseKey: "k1", to: nil)
        #expect(try store.evalRun(id: run.id).passed == 1)
        #expect(throws: EvalStoreError.caseNotFound(runID: run.id, key: "nope")) {
            try store.setEvalOverride(runID: run.id, caseKey: "nope", to: nil)
        }
    }

    @Test func theRealSamplesRoundTrip() throws {
        let data = try Data(contentsOf: try #require(Bundle.module.url(forResource: "Fixtures/evals/promptfoo_sample-export.json", withExtension: nil)))
        let runs = try EvalFileImport.runs(from: data, fileName: "promptfoo_sample-export.json")
        let stored = try store.insertEvalRuns(runs, sourceFile: "promptfoo_sample-export.json")
        #expect(stored.map(\.cases) == [2, 2])
        #expect(stored.map(\.passed) == [0, 0])
        for (run, value) in zip(stored, runs) { #expect(try store.evalCases(runID: run.id).map(\.imported) == value.cases) }
    }
}
