import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The Evals pane's reads: case windows around an anchor, filtered and searched, one run or two paired on the key.
@Suite struct EvalBrowsingTests {
    let dir: TemporaryDirectory
    let store: ProjectStore
    let a: Int64, b: Int64

    /// 1,000 cases; A fails every 4th, B every 5th; B lacks c999 and has an extra case; case 10 of A is an error.
    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "browse")
        func run(_ name: String, failsEvery: Int, count: Int) -> EvalRun {
            EvalRun(name: name, source: "jsonl", cases: (0..<count).map { index in
                let pass = index % failsEvery != 0
                return EvalCase(key: "c\(index)", input: "question \(index)\nmore", output: "\(name) answer \(index)",
                                pass: pass, score: pass ? 1 : 0, error: name == "a" && index == 10 ? "timeout" : nil)
            })
        }
        var runB = run("b", failsEvery: 5, count: 999)
        runB.cases.append(EvalCase(key: "extra", input: "only in B", output: "", pass: true, score: 1))
        let ids = try store.insertEvalRuns([run("a", failsEvery: 4, count: 1_000), runB], sourceFile: nil).map(\.id)
        (a, b) = (ids[0], ids[1])
    }

    @Test func windowsAroundTheStartAnAnchorAndTheEnd() throws {
        let first = try store.evalCasePage(EvalCaseQuery(runID: a), anchor: .first, before: 10, after: 20)
        #expect(first.rows.map(\.ordinal) == Array(0..<20))
        #expect(!first.hasBefore && first.hasAfter && first.anchorOrdinal == 0)
        #expect(first.rows[1].firstLine == "question 1")
        let middle = try store.evalCasePage(EvalCaseQuery(runID: a), anchor: .around(500), before: 10, after: 20)
        #expect(middle.rows.map(\.ordinal) == Array(490..<520))
        #expect(middle.hasBefore && middle.hasAfter && middle.anchorOrdinal == 500)
        let last = try store.evalCasePage(EvalCaseQuery(runID: a), anchor: .last, before: 10, after: 20)
        #expect(last.rows.map(\.ordinal) == Array(970..<1_000))
        #expect(last.hasBefore && !last.hasAfter && last.anchorOrdinal == 999)
    }

    @Test func filtersAndSearchNarrowTheWalk() throws {
        let failures = try store.evalCasePage(EvalCaseQuery(runID: a, filter: .failures), anchor: .first, after: 5)
        #expect(failures.rows.map(\.key) == ["c0", "c4", "c8", "c12", "c16"])
        #expect(failures.rows.allSatisfy { !$0.a.pass } && failures.hasAfter)
        let errors = try store.evalCasePage(EvalCaseQuery(runID: a, filter: .errors), anchor: .first)
        #expect(errors.rows.map(\.key) == ["c10"] && errors.rows[0].a.hasError)
        let search = try store.evalCasePage(EvalCaseQuery(runID: a, search: "ANSWER 77"), anchor: .first)
        #expect(search.rows.map(\.key) == ["c77", "c770", "c771", "c772", "c773", "c774", "c775", "c776", "c777", "c778", "c779"])
        // LIKE's wildcards are matched literally.
        #expect(try store.evalCasePage(EvalCaseQuery(runID: a, search: "answer_7"), anchor: .first).rows.isEmpty)
        #expect(try store.evalCasePage(EvalCaseQuery(runID: a, search: "%"), anchor: .first).rows.isEmpty)
    }

    @Test func pairedWindowsJoinBOnTheKeyAndFollowOverrides() throws {
        let flips = try store.evalCasePage(EvalCaseQuery(runID: a, otherRunID: b, filter: .flips), anchor: .first, after: 6)
        // A fails multiples of 4, B of 5: they disagree where exactly one holds.
        #expect(flips.rows.map(\.key) == ["c4", "c5", "c8", "c10", "c12", "c15"])
        #expect(flips.rows.allSatisfy { $0.a.pass != $0.b?.pass })
        let all = try store.evalCasePage(EvalCaseQuery(runID: a, otherRunID: b), anchor: .last, before: 5, after: 5)
        #expect(all.rows.last?.key == "c998")  // c999 is only in A
        try store.setEvalOverride(runID: b, caseKey: "c4", to: EvalOverride(runID: b, caseKey: "c4", pass: false, note: "",
                                                                                     created: Date()))
        let after = try store.evalCasePage(EvalCaseQuery(runID: a, otherRunID: b, filter: .flips), anchor: .first, after: 2)
        #expect(after.rows.map(\.key) == ["c5", "c8"])
        let failuresOfB = try store.evalCasePage(EvalCaseQuery(runID: a, otherRunID: b, filter: .failures), anchor: .first, after: 3)
        #expect(failuresOfB.rows.map(\.key) == ["c0", "c4", "c5"])
        #expect(failuresOfB.rows[1].b?.isOverridden == true)
    }

    @Test func oneCaseByKeyWithItsOverride() throws {
        #expect(try store.evalCase(runID: a, key: "c998")?.imported.output == "a answer 998")
        #expect(try store.evalCase(runID: a, key: "nope") == nil)
        try store.setEvalOverride(runID: a, caseKey: "c3", to: EvalOverride(runID: a, caseKey: "c3", pass: false,
                                                                                     note: "wrong", created: Date()))
        let overridden = try #require(try store.evalCase(runID: a, key: "c3"))
        #expect(overridden.imported.pass && !overridden.pass && overridden.override?.note == "wrong")
    }
}
