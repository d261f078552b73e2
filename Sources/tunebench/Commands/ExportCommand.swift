import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench export PATH -o OUT`: writes chosen examples as a training file (or a train/validation pair).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export examples as JSONL (openai-chat, openai-preference, alpaca, sharegpt).",
        discussion: """
            Records exported in their own format are written byte for byte as imported. With --split F the \
            examples go to OUT.train.EXT and OUT.validation.EXT, deterministically for a --seed, and duplicates \
            (exact or near) always on the same side. Files are written to a temporary name and renamed at the end.
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    // Help texts come from ExportJob.description, which `:export-dataset` in the TUI parses with.
    @Option(name: .shortAndLong, help: ArgumentHelp(ExportJob.description.help("output")))
    var output: String

    @Option(help: ArgumentHelp(ExportJob.description.help("format")))
    var format: String = DatasetFormat.openaiChat.rawValue

    @Option(help: ArgumentHelp(ExportJob.description.help("dataset")), completion: ProjectCompletion.datasets)
    var dataset: String?

    @Option(help: ArgumentHelp(ExportJob.description.help("status")))
    var status: ReviewStatus?

    @Option(help: ArgumentHelp(ExportJob.description.help("tag")))
    var tag: String?

    @Option(help: ArgumentHelp(ExportJob.description.help("split")))
    var split: Double?

    @Option(help: ArgumentHelp(ExportJob.description.help("seed")))
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp(ExportJob.description.help("shards")))
    var shards: Int?

    @Flag(help: "Print {\"files\": [{\"path\", \"examples\"}], \"skipped\": {REASON: N}, \"manifest\": PATH (with --shards)}.")
    var json = false

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let store = try openProject(path, readOnly: true)
        let job = ExportJob(output: output, format: format, dataset: dataset, status: status, tag: tag, split: split, seed: seed,
                            shards: shards)
        let report = try progress.reporter("exporting \(output)").run { reporter in
            try datasetOperation { try job.run(store, progress: reporter.update) }
        }
        if status == nil, let warning = Self.reviewWarning(report) { Diagnostics.warning(warning) }
        if json {
            try printJSON(report)
        } else {
            for file in report.files { print("wrote \(file.examples) examples to \(file.path)") }
            for (reason, count) in report.skipped.sorted(by: { $0.key < $1.key }) { print("skipped \(count): \(reason)") }
            if let manifest = report.manifest { print("manifest: \(manifest)") }
        }
    }

    /// What `export` without `--status` says about the examples it wrote that are not ready for training.
    static func reviewWarning(_ report: DatasetExportReport) -> String? {
        guard report.unreviewed + report.rejected + report.withErrors > 0 else { return nil }
        let written = report.files.reduce(0) { $0 + $1.examples }
        return "of the \(written) exported examples, \(report.unreviewed) are unreviewed, \(report.rejected) rejected and "
            + "\(report.withErrors) have validation errors; --status accepted exports only the accepted ones"
    }
}
