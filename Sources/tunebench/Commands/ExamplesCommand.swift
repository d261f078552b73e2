import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench examples PATH`: lists examples with their stable ids, status, tokens and findings.
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examples",
        abstract: "List examples: id, dataset, review status, tokens and validation findings.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(help: "Only this dataset.", completion: ProjectCompletion.datasets)
    var dataset: String?

    @Option(help: "Only this review status (pending, accepted, rejected, flagged).")
    var status: ReviewStatus?

    @Option(help: "At most this many examples.")
    var limit: Int?

    @Flag(help: "Print a list of {\"id\", \"dataset\", \"status\", \"tokens\", \"errors\", \"warnings\", \"line\"}.")
    var json = false

    func run() throws {
        let store = try openProject(path, readOnly: true)
        let examples = try datasetOperation { try store.examples(dataset: dataset, status: status, limit: limit ?? .max) }
        if json {
            try printJSON(examples)
        } else {
            for example in examples {
                let findings = (example.errors + example.warnings).joined(separator: ",")
                print("\(example.id)  \(TerminalSafe.text(example.dataset)):\(example.line)  \(example.status.rawValue.padded(9)) \(String(example.tokens).padded(7)) \(TerminalSafe.text(findings))")
            }
        }
    }
}
