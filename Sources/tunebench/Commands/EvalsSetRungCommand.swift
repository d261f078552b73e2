import ArgumentParser
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals set-rung PATH RUN RUNG`: says which ladder rung a run stands for.
struct EvalsSetRungCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-rung",
        abstract: "Set the ladder rung a run stands for (baseline, prompt, rag, retrieval, model, finetune; none clears).")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: ArgumentHelp("The run's id or unique name.", valueName: "run"), completion: ProjectCompletion.evalRuns)
    var reference: String

    @Argument(help: "baseline, prompt, rag, retrieval, model, finetune or none.",
              completion: .list(Rung.allCases.map(\.rawValue) + ["none"]))
    var rung: String

    @Flag(help: "Print {\"id\", \"name\", \"rung\"} (rung null when cleared).")
    var json = false
    @Option(help: "With finetune: the tune (see `tunebench tune list`) whose bundle trained this run's model.")
    var tune: Int64?

    func run() throws {
        let store = try openProjectForChange(path)
        let stored = try evalsInput { try store.evalRun(resolving: reference) }
        let newRung: Rung? = try rung.lowercased() == "none" ? nil : evalsInput { try Rung.parse(rung) }
        if tune != nil && newRung != .finetune { throw CLIError.inputError("--tune needs the finetune rung") }
        if let tune { _ = try tuneOperation { try store.tune(id: tune) } }
        try store.setEvalRung(runID: stored.id, to: newRung)
        if let tune { try tuneOperation { try store.linkRun(stored.id, toTune: tune) } }
        if json { return try printJSON(SetRungOutput(id: stored.id, name: stored.name, rung: newRung?.rawValue)) }
        print("\(EvalsText.label(stored)): rung \(newRung?.rawValue ?? "not set")")
        if let tune { print("trained by \(try store.tune(id: tune).summary)") }
    }
}

/// The JSON contract of `evals set-rung --json`.
private struct SetRungOutput: Encodable {
    var id: Int64
    var name: String
    @NullEncoded var rung: String?
}
