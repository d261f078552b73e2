import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals import PATH FILE`: eval results from promptfoo, inspect_ai or the generic JSONL/CSV format.
struct EvalsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import eval results (promptfoo JSON/JSONL, inspect_ai .json/.eval, generic JSONL/CSV).",
        discussion: "A promptfoo file gives one run per prompt×provider column. The whole file is stored in one transaction: on any error nothing is imported.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "The results file.")
    var file: String

    @Option(help: "auto, promptfoo, inspect, jsonl or csv.")
    var format: EvalFileFormat = .auto

    @Option(help: "The run name (default: the file name; several promptfoo columns add the provider).")
    var name: String?

    @Option(help: "The ladder rung the run stands for: baseline, prompt, rag, retrieval, model or finetune.")
    var rung: Rung?

    @Flag(help: "Print {\"runs\": [{id, name, cases, ...}]}.")
    var json = false

    @OptionGroup var problems: ProblemsFormatOption

    @OptionGroup var progress: ProgressOptions

    @OptionGroup var documentLimit: DocumentLimitOption

    func run() throws {
        let limit = try documentLimit.limit()
        // The input is read before the project is opened, so a file that cannot be read leaves the project's bytes.
        let data = try readInputFile(file, limit: limit)
        let store = try openProjectForChange(path)
        let runs = try evalsInput(gnuFile: problems.isGNU ? file : nil) {
            try EvalFileImport.runs(from: data, fileName: file, format: format, name: name, rung: rung, limit: limit)
        }
        let stored = try progress.reporter("storing \(file)").run { reporter in
            try store.insertEvalRuns(runs, sourceFile: file, progress: reporter.update)
        }
        let notes = runs.flatMap(\.notes)
        for note in notes { Diagnostics.write("tunebench: note: " + terminalSafeLine(note, width: 2_000)) }
        if json {
            try printJSON(ImportJSON(runs: stored.map(EvalRunJSON.init), notes: notes))
        } else {
            for run in stored { print("imported \(EvalsText.label(run)): \(run.cases) cases, passed \(EvalsText.passFigure(run))") }
        }
    }

    /// `{"runs": [...], "notes": [...]}`: `notes` says what is no error but worth knowing (a log still being written).
    struct ImportJSON: Encodable {
        let runs: [EvalRunJSON]
        let notes: [String]
    }
}
