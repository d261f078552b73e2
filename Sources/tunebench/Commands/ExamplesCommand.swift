import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

extension ReviewOrder: ExpressibleByArgument {}

/// `tunebench examples PATH`: lists examples with their stable ids, status, tokens and findings, in dataset
/// order or in need order (`--order need`: what most needs a human first, each with its reason).
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examples",
        abstract: "List examples: id, dataset, review status, tokens and validation findings.",
        discussion: """
            --order need lists what most needs a human first, as the Dataset pane's need order does: validation
            errors, near-duplicate groups (each together), token-length outliers, replies that fail the project's
            JSON Schema or GraphQL grader, flagged examples, then the rest in dataset order; each with its reason.
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(help: "Only this dataset.", completion: ProjectCompletion.datasets)
    var dataset: String?

    @Option(help: "Only this review status (pending, accepted, rejected, flagged).")
    var status: ReviewStatus?

    @Option(help: "The order: dataset (the file's) or need (what most needs a human first, with reasons).")
    var order: ReviewOrder = .dataset

    @Option(help: "At most this many examples.")
    var limit: Int?

    @Flag(help: "Print a list of {\"id\", \"dataset\", \"status\", \"tokens\", \"tokens_estimate\", \"errors\", \"warnings\", \"line\"}; with --order need each has a \"reason\" too (null for the rest).")
    var json = false

    func run() throws {
        let store = try openProject(path, readOnly: true)
        switch order {
        case .dataset:
            let examples = try datasetOperation { try store.examples(dataset: dataset, status: status, limit: limit ?? .max) }
            if json {
                try printJSON(examples)
            } else {
                Self.noteEstimates(examples)
                for example in examples { print(Self.line(example)) }
            }
        case .need:
            let listed = try datasetOperation { () throws -> [NeedListing] in
                let queue = try store.needQueue(dataset: dataset, filter: ExampleFilter(status: status))
                let ids = Array(queue.rowIDs.prefix(limit ?? .max))
                var reasons: [Int64: String] = [:]
                for (index, rowID) in ids.enumerated() { reasons[rowID] = queue.reason(at: index)?.text }
                return try store.examples(rowIDs: ids).map { NeedListing(example: $0.listing, reason: reasons[$0.rowID]) }
            }
            if json {
                try printJSON(listed)
            } else {
                Self.noteEstimates(listed.map(\.example))
                for item in listed {
                    print(Self.line(item.example) + (item.reason.map { "  · \(TerminalSafe.text($0))" } ?? ""))
                }
            }
        }
    }

    /// The token column is bare numbers: when any is an estimate, standard error says so once, with the mark.
    static func noteEstimates(_ examples: [ExampleListing]) {
        guard examples.contains(where: \.tokensEstimate) else { return }
        Diagnostics.write("tunebench: \(TokenFigureMark.tokens(estimated: true)): counted without rank files; "
            + "`tunebench tokenizer install` and a re-import make them exact")
    }

    static func line(_ example: ExampleListing) -> String {
        let findings = (example.errors + example.warnings).joined(separator: ",")
        return "\(example.id)  \(TerminalSafe.text(example.dataset)):\(example.line)  \(example.status.rawValue.padded(9)) \(String(example.tokens).padded(7)) \(TerminalSafe.text(findings))"
    }
}

/// One example in need order: its listing and why it is where it is (nil for the rest, in dataset order).
struct NeedListing: Encodable {
    var example: ExampleListing
    var reason: String?

    func encode(to encoder: Encoder) throws {
        try example.encode(to: encoder)
        var container = encoder.container(keyedBy: ReasonKey.self)
        try container.encode(reason, forKey: .reason)
    }

    private enum ReasonKey: String, CodingKey { case reason }
}
