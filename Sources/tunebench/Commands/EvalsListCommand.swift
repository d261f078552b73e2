import ArgumentParser
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals list PATH`: every run with its pass rate and Wilson 95% interval.
struct EvalsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List eval runs: rung, model, cases, pass rate with its Wilson 95% interval.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Flag(help: "Print a list of {id, name, rung, model, cases, passed, pass_rate, ci_low, ci_high, ...}.")
    var json = false

    func run() throws {
        let runs = try openProject(path, readOnly: true).evalRuns()
        if json { return try printJSON(runs.map(EvalRunJSON.init)) }
        guard !runs.isEmpty else { return print("no eval runs yet (tunebench evals import PATH FILE)") }
        print("   id  name                            rung       model                 passed")
        for run in runs {
            let cells = [
                String(repeating: " ", count: max(0, 5 - String(run.id).count)) + String(run.id),
                EvalsText.padded(terminalSafeLine(run.name, width: 30), 30),
                EvalsText.padded(run.rung?.rawValue ?? "-", 9),
                EvalsText.padded(terminalSafeLine(run.model ?? "-", width: 20), 20),
                EvalsText.passFigure(run),
            ]
            print(cells.joined(separator: "  "))
        }
    }
}
