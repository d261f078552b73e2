import Foundation
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// A project with two graded runs of the same twelve GraphQL cases (a model rung and a fine-tune, with flips both
/// ways, an error, a case only A has and an output with escape sequences), opened in the real runtime on a
/// headless terminal.
final class EvalsSession: AppSession {
    let runIDs: [Int64]

    /// Case i of run A passes when `passA[i]`, of run B when `passB[i]`.
    static let passA = [true, false, true, true, false, true, true, false, true, true, false, true]
    static let passB = [true, true, true, false, true, true, true, true, true, true, true, true]

    static func runs() -> [EvalRun] {
        func cases(_ passes: [Bool], model: String) -> [EvalCase] {
            passes.enumerated().map { index, pass in
                let number = index + 1
                let output = number == 2
                    ? (model == "a" ? "{ repository(name: \"x\") { issues(first: \"5\") { title } } }"
                                    : "{ repository(name: \"x\") { issues(first: 5) { nodes { title } } } }")
                    : number == 7 ? "query { user \u{1B}[31m(login: \"octo\") }" : "query { q\(number) { id } }"
                return EvalCase(
                    key: "q-\(number)", input: "Question \(number): list the nested connection args\nsecond line",
                    output: pass || number == 2 ? output : "I cannot answer \(number)", expected: "query { q\(number) { id } }",
                    pass: pass, score: pass ? 1 : 0,
                    verdicts: [GraderVerdict(grader: "graphql-valid", pass: pass, score: pass ? 1 : 0,
                                             reason: pass ? "valid for the schema" : "Int cannot represent non-integer value: \"5\"")],
                    latencyMs: 800, cost: 0.0001, error: model == "a" && number == 11 ? "rate limited" : nil)
            }
        }
        var a = cases(passA, model: "a")
        a.append(EvalCase(key: "q-13", input: "Only in A", output: "query { a }", pass: true, score: 1))
        return [EvalRun(name: "gpt-4.1", source: "jsonl", model: "gpt-4.1", rung: .model, cases: a),
                EvalRun(name: "lora-r16", source: "jsonl", model: "ft:small:lora-r16", rung: .finetune, cases: cases(passB, model: "b"))]
    }

    init(size: Size) async throws {
        let directory = try TemporaryDirectory()
        let store = try ProjectStore.create(path: directory.path("p.tunebench"), name: "evals-test", problem: "valid GraphQL")
        runIDs = try store.insertEvalRuns(Self.runs(), sourceFile: "runs.jsonl").map(\.id)
        try store.changeDecisionAnswers(["target": "0.98"])
        try await super.init(directory: directory, store: store, size: size)
    }

    /// A second app on the same project file, as after a restart.
    init(reopening other: EvalsSession) async throws {
        runIDs = other.runIDs
        try await super.init(directory: other.directory, store: ProjectStore.open(path: other.store.path),
                             size: other.terminal.screen.size)
    }

    var state: EvalsPaneState { runtime.state.evals }
}
