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

    func run() throws {
        let store = try openProject(path)
        let stored = try evalsInput { try store.evalRun(resolving: reference) }
        let newRung: Rung? = try rung.lowercased() == "none" ? nil : evalsInput { try Rung.parse(rung) }
        try store.setEvalRung(runID: stored.id, to: newRung)
        if json { return try printJSON(SetRungOutput(id: stored.id, name: stored.name, rung: newRung?.rawValue)) }
        print("\(EvalsText.label(stored)): rung \(newRung?.rawValue ?? "not set")")
    }
}

/// The JSON contract of `evals set-rung --json`.
private struct SetRungOutput: Encodable {
    var id: Int64
    var name: String
    @NullEncoded var rung: String?
}
