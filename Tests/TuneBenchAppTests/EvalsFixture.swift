import Foundation
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// A project with two graded runs of the same twelve GraphQL cases (a model rung and a fine-tune, with flips both
/// ways, an error, a case only A has and an output with escape sequences), opened in the real runtime on a
/// headless terminal.
final class EvalsSession {
    let directory: TemporaryDirectory
    let store: ProjectStore
    let terminal: HeadlessTerminal
    let runtime: AppRuntime
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
        directory = try TemporaryDirectory()
        store = try ProjectStore.create(path: directory.path("p.tunebench"), name: "evals-test", problem: "valid GraphQL")
        runIDs = try store.insertEvalRuns(Self.runs(), sourceFile: "runs.jsonl").map(\.id)
        try store.changeDecisionAnswers(["target": "0.98"])
        let workbench = try Workbench(store: store, themeFlag: nil, environment: [:], searchRoots: [])
        terminal = HeadlessTerminal(size: size)
        runtime = AppRuntime(state: workbench.initialState(size: size), terminal: terminal, environment: workbench.environment)
        runtime.start()
        await settle()
    }

    /// A second app on the same project file, as after a restart.
    init(reopening other: EvalsSession) async throws {
        directory = other.directory
        store = try ProjectStore.open(path: other.directory.path("p.tunebench"))
        runIDs = other.runIDs
        let size = other.terminal.screen.size
        let workbench = try Workbench(store: store, themeFlag: nil, environment: [:], searchRoots: [])
        terminal = HeadlessTerminal(size: size)
        runtime = AppRuntime(state: workbench.initialState(size: size), terminal: terminal, environment: workbench.environment)
        runtime.start()
        await settle()
    }

    /// Lets background work finish without blocking the thread, then redraws.
    func settle() async {
        for _ in 0..<2000 where !runtime.settle(seconds: 0) {
            try? await Task.sleep(for: .milliseconds(5))
        }
        runtime.render()
    }

    /// Presses keys by name, letting background work finish after each.
    func press(_ names: String...) async {
        for name in names {
            guard let key = Key(name: name) else { fatalError("no key named \(name)") }
            runtime.handle(key)
            await settle()
        }
    }

    /// Types text into an open prompt.
    func type(_ text: String) async {
        for character in text { runtime.handle(.character(character)) }
        await settle()
    }

    var state: EvalsPaneState { runtime.state.evals }
    var lines: [String] { terminal.screen.lines() }
    var text: String { lines.joined(separator: "\n") }
}
