import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals run PATH NAME [--json]`: runs a runner, imports what it wrote and compares the new run with
/// the runner's previous one (its first: with the best run of the rung below).
struct EvalsRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a runner, import the results it writes to {out}, and compare the new run with its previous one.",
        discussion: """
            The command's own output is streamed to standard error. A command that exits non-zero, times out or \
            writes no results file creates no run: exit status 1, with the last lines of its output. Ctrl-C ends \
            the command's whole process group and imports nothing.
            """)

    @Argument(help: "The project file.")
    var path: String

    @Argument(help: "The runner's name (see `tunebench evals runner list`).")
    var name: String

    @Flag(help: "Print {run, name, cases, passed, pass_rate, previous, compare, runs, out} as one JSON object.")
    var json = false

    func run() throws {
        let store = try openProjectForChange(path)
        let cancel = InterruptCancellation.install()
        let result: RunnerRunResult
        do {
            result = try store.runRunner(named: name, cancel: cancel) { FileHandle.standardError.write($0) }
        } catch let failure as RunnerFailure {
            let message = failure.description.split(separator: "\n", omittingEmptySubsequences: false)
                .map { terminalSafeLine(String($0), width: 400) }.joined(separator: "\n")
            if case .unknownRunner = failure { throw CLIError.inputError(message) }
            throw CLIError.checkFailed(message)
        }
        guard let run = result.runs.last else { throw CLIError.checkFailed("runner '\(name)' imported no run") }
        if json {
            let compare = result.reference.flatMap { reference in
                result.comparison.map { EvalComparisonJSON(a: reference, b: run, result: $0) }
            }
            return try printJSON(RunnerRunJSON(run: run, runs: result.runs, previous: result.reference?.id, compare: compare,
                                               out: result.outDirectory))
        }
        for imported in result.runs {
            print("imported \(EvalsText.label(imported)): \(imported.cases) cases, passed \(EvalsText.passFigure(imported))")
        }
        guard let reference = result.reference, let comparison = result.comparison else {
            return print("no earlier run to compare with (the runner's first run, and no run on a rung below)")
        }
        print("compared with \(EvalsText.label(reference)) (passed \(EvalsText.passFigure(reference))):")
        print(EvalsCompareText.text(a: reference, b: run, result: comparison))
    }
}

/// `evals run --json`: the new run (the last one when the tool wrote several), the one it is compared with and
/// the comparison as `evals compare --json` gives it.
struct RunnerRunJSON: Encodable {
    let run: Int64
    let name: String
    let cases: Int
    let passed: Int
    let passRate: Double
    @NullEncoded var previous: Int64?
    @NullEncoded var compare: EvalComparisonJSON?
    let runs: [EvalRunJSON]
    let out: String

    enum CodingKeys: String, CodingKey {
        case run, name, cases, passed, previous, compare, runs, out
        case passRate = "pass_rate"
    }

    init(run: StoredEvalRun, runs: [StoredEvalRun], previous: Int64?, compare: EvalComparisonJSON?, out: String) {
        self.run = run.id
        name = run.name
        cases = run.cases
        passed = run.passed
        passRate = run.passRate
        self.previous = previous
        self.compare = compare
        self.runs = runs.map(EvalRunJSON.init)
        self.out = out
    }
}
