import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench import PATH FILE`: adds a dataset file to a project.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a fine-tuning dataset (JSONL, JSON array or CSV) as a new dataset.",
        discussion: """
            Formats: \(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")); detected from the first \
            records unless --format is given. Bad lines are reported with their line numbers and skipped.
            Exit status: 0 when anything was imported, 1 with --strict when there were problems, 2 when nothing \
            could be read.
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "The dataset file.")
    var file: String

    // Help texts come from ImportJob.description, which `:import` in the TUI parses with.
    @Option(help: ArgumentHelp(ImportJob.description.help("format")))
    var format: String?

    @Option(help: ArgumentHelp(ImportJob.description.help("dataset")))
    var dataset: String?

    @Option(help: ArgumentHelp(ImportJob.description.help("columns")))
    var columns: String?

    @Option(help: ArgumentHelp(ImportJob.description.help("max-record-bytes")))
    var maxRecordBytes: Int?

    @Flag(help: "Exit 1 when any line could not be imported.")
    var strict = false

    @Flag(help: "Print {\"dataset\", \"format\", \"imported\", \"problems\": [{\"line\", \"reason\"}]}.")
    var json = false

    @OptionGroup var validation: ValidationOptions

    @OptionGroup var rankDirectory: RankDirectoryOption

    @OptionGroup var problems: ProblemsFormatOption

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        // A source that cannot be read is refused before the project is opened for writing.
        try datasetOperation { try DatasetFile.checkReadable(path: file) }
        if let dataset, let why = DatasetName.problem(dataset) {
            throw CLIError.inputError(DatasetStoreError.badDatasetName(dataset, why).description)
        }
        let store = try openProjectForChange(path)
        if let maxRecordBytes, maxRecordBytes <= 0 {
            throw CLIError.inputError("--max-record-bytes must be a positive whole number of bytes")
        }
        let job = ImportJob(file: file, format: format, dataset: dataset, columns: columns, rankDirectory: rankDirectory.rankDirectory,
                            validation: validation.overrides, maxRecordBytes: maxRecordBytes)
        let (options, warnings) = try datasetOperation { try job.prepare(store) }
        for warning in warnings { Diagnostics.warning(warning.description) }
        if InputSource.isFIFO(file) && isatty(STDERR_FILENO) == 1 {
            Diagnostics.write("tunebench: waiting for a writer on \(file) (Ctrl-C to stop)…")
        }
        let report: DatasetImportReport
        do {
            report = try progress.reporter("importing \(file)").run { reporter in
                try datasetOperation { try store.importDataset(file: file, options: options, progress: reporter.update) }
            }
        } catch DatasetStoreError.nothingImported(let failed) {
            if json { try printJSON(ImportOutput(failed)) }
            if problems.isGNU {
                for problem in failed.problems { Diagnostics.write(gnu(problem)) }
            } else {
                for problem in failed.problems.prefix(10) { Diagnostics.write("  line \(problem.line): \(problem.reason)") }
            }
            throw CLIError.inputError("nothing could be imported from \(file) (\(counted(failed.problems.count, "problem")))")
        }
        if json {
            try printJSON(ImportOutput(report))
        } else {
            print("imported \(report.imported), problems \(report.problems.count) into dataset \"\(TerminalSafe.text(report.dataset))\" (\(report.format.rawValue))")
            if problems.isGNU {
                for problem in report.problems { print(gnu(problem)) }
            } else {
                for problem in report.problems.prefix(10) { print("  line \(problem.line): \(problem.reason)") }
                if report.problems.count > 10 { print("  … \(report.problems.count - 10) more (--json lists them all)") }
            }
            print("validation: \(report.examplesWithErrors) examples with errors, \(report.examplesWithWarnings) with warnings (tunebench validate shows them by category)")
        }
        if strict && !report.problems.isEmpty { throw CLIError.checkFailed("") }
    }

    /// A problem of the dataset file as `FILE:LINE:1: reason`.
    private func gnu(_ problem: ImportProblem) -> String {
        GNUProblem(file: file, line: problem.line, message: problem.reason).text
    }
}

/// The JSON contract of `import --json`.
private struct ImportOutput: Encodable {
    let dataset: String
    let format: String
    let imported: Int
    let problems: [ImportProblem]

    init(_ report: DatasetImportReport) {
        dataset = report.dataset
        format = report.format.rawValue
        imported = report.imported
        problems = report.problems
    }
}
