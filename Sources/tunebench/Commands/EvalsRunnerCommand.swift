import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals runner add|list|remove`: the project's runners (named commands that produce eval results).
struct EvalsRunnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runner",
        abstract: "Add, list and remove runners: named commands that produce eval results (run them with `evals run`).",
        subcommands: [EvalsRunnerAddCommand.self, EvalsRunnerListCommand.self, EvalsRunnerRemoveCommand.self])
}

/// `tunebench evals runner add PATH NAME --command CMD [--rung R] [--model M] [--cwd DIR] [--timeout S]`.
struct EvalsRunnerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a runner: a command whose results files (in {out}) become eval runs.",
        discussion: """
            {out} in the command is replaced by a fresh, empty directory for each run; after the command exits 0 every \
            results file it wrote there (any format `evals import` reads) is imported. The command runs through \
            /bin/sh with your environment (API keys are never stored in the project). Undo with `tunebench undo --scope evals`.
            """)

    @Argument(help: "The project file.")
    var path: String

    @Argument(help: "The runner's name (letters, digits, '-', '_', '.'); its runs are named NAME-1, NAME-2...")
    var name: String

    @Option(help: "The shell command; {out} is the directory to write results to.")
    var command: String

    @Option(help: "The ladder rung its runs stand for: baseline, prompt, rag, retrieval, model or finetune.")
    var rung: Rung?

    @Option(help: "The model its runs stand for (replaces the one the tool names).")
    var model: String?

    @Option(help: "The directory the command runs in (default: the current directory).")
    var cwd: String?

    @Option(help: "Stop the run (its whole process group) after this many seconds.")
    var timeout: Double?

    @Flag(help: "Print the change as `undo --json` does: {\"action\", \"seq\", \"scope\", \"kind\", \"description\", \"count\", \"review\"}.")
    var json = false

    func run() throws {
        let store = try openProjectForChange(path)
        let directory = URL(fileURLWithPath: cwd ?? FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let runner = Runner(name: name, command: command, rung: rung, model: model, cwd: directory, timeoutSeconds: timeout)
        let outcome = try evalsInput { try store.addRunner(runner) }
        if json { return try printJSON(EditOutcomeJSON(outcome)) }
        print(TerminalSafeText.clean(outcome.description))
    }
}

/// `tunebench evals runner list PATH [--json]`.
struct EvalsRunnerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the project's runners.")

    @Argument(help: "The project file.")
    var path: String

    @Flag(help: "Print a list of {name, command, rung, model, cwd, timeout}.")
    var json = false

    func run() throws {
        let runners = try openProject(path, readOnly: true).runners()
        if json { return try printJSON(runners.map(RunnerJSON.init)) }
        guard !runners.isEmpty else { return print("no runners yet (tunebench evals runner add PATH NAME --command 'CMD')") }
        for runner in runners {
            var facts = [runner.rung?.rawValue ?? "no rung"]
            if let model = runner.model { facts.append(model) }
            if let timeout = runner.timeoutSeconds { facts.append("timeout \(timeout) s") }
            print("\(terminalSafeLine(runner.name, width: 64))  [\(terminalSafeLine(facts.joined(separator: ", "), width: 80))]")
            print("    \(terminalSafeLine(runner.command, width: 2_000))")
            if let cwd = runner.cwd { print("    in \(terminalSafeLine(cwd, width: 2_000))") }
        }
    }
}

/// `tunebench evals runner remove PATH NAME`.
struct EvalsRunnerRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a runner (its runs stay; undo with `tunebench undo --scope evals`).")

    @Argument(help: "The project file.")
    var path: String

    @Argument(help: "The runner's name.")
    var name: String

    @Flag(help: "Print the change as `undo --json` does: {\"action\", \"seq\", \"scope\", \"kind\", \"description\", \"count\", \"review\"}.")
    var json = false

    func run() throws {
        let store = try openProjectForChange(path)
        let outcome = try evalsInput { try store.removeRunner(named: name) }
        if json { return try printJSON(EditOutcomeJSON(outcome)) }
        print(TerminalSafeText.clean(outcome.description))
    }
}

/// One runner as `evals runner list --json` describes it.
struct RunnerJSON: Encodable {
    let name: String
    let command: String
    @NullEncoded var rung: String?
    @NullEncoded var model: String?
    @NullEncoded var cwd: String?
    @NullEncoded var timeout: Double?

    init(_ runner: Runner) {
        name = runner.name
        command = runner.command
        rung = runner.rung?.rawValue
        model = runner.model
        cwd = runner.cwd
        timeout = runner.timeoutSeconds
    }
}
