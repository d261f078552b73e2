import ArgumentParser
import Foundation
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

    @Argument(help: "The project file.")
    var path: String

    @Option(name: .shortAndLong, help: "The output file.")
    var output: String

    @Option(help: "openai-chat (default), openai-preference, alpaca or sharegpt.")
    var format: String = DatasetFormat.openaiChat.rawValue

    @Option(help: "Only this dataset (default: all).")
    var dataset: String?

    @Option(help: "Only examples with this review status.")
    var status: ReviewStatus?

    @Option(help: "Only examples with this tag.")
    var tag: String?

    @Option(help: "The share of examples for training, e.g. 0.9; the rest is validation.")
    var split: Double?

    @Option(help: "Seed of the split.")
    var seed: UInt64 = 0

    @Flag(help: "Print {\"files\": [{\"path\", \"examples\"}], \"skipped\": {REASON: N}}.")
    var json = false

    func validate() throws {
        if let split, !(split > 0 && split < 1) { throw ValidationError("--split must be between 0 and 1, e.g. 0.9") }
    }

    func run() throws {
        let store = try openProject(path)
        let target = try datasetOperation { try DatasetFormat(name: format) }
        guard DatasetFormat.exportable.contains(target) else {
            throw CLIError.inputError("cannot export as \(format); choose \(DatasetFormat.exportable.map(\.rawValue).joined(separator: ", "))")
        }
        let options = DatasetExportOptions(
            format: target, dataset: dataset, status: status, tag: tag, trainFraction: split, seed: seed,
            nearDuplicateThreshold: try store.validationSettings().nearDuplicateThreshold)
        let report = try datasetOperation { try store.exportDataset(to: output, options: options) }
        if status == nil, let warning = Self.reviewWarning(report) { Diagnostics.warning(warning) }
        if json {
            try printJSON(report)
        } else {
            for file in report.files { print("wrote \(file.examples) examples to \(file.path)") }
            for (reason, count) in report.skipped.sorted(by: { $0.key < $1.key }) { print("skipped \(count): \(reason)") }
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
