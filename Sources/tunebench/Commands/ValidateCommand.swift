import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench validate PATH`: the data-prep checks (fixed for tool data), tunebench's extra checks and the
/// token statistics.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset: OpenAI's seven data-prep error categories, extra checks, duplicates, tokens.",
        discussion: "Exit status 1 when any error category was found.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(help: ArgumentHelp(ValidateJob.description.help("dataset")), completion: ProjectCompletion.datasets)
    var dataset: String?

    @Flag(help: "Print {\"examples\", \"errors\", \"warnings\", \"ids\", \"tokens\"} with every category present.")
    var json = false

    @OptionGroup var validation: ValidationOptions

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        // The refusals (a bad option, an unknown dataset) come from a read-only look, so a refused validate leaves
        // the project's bytes as they were; the findings are then written through a read-write open.
        let look = try openProject(path, readOnly: true)
        let settings = try validation.settings(look)
        try datasetOperation { try look.checkValidationTarget(dataset: dataset) }
        try look.close()
        let store = try openProjectForChange(path)
        let report = try progress.reporter("validating").run { reporter in
            try datasetOperation { try store.validate(dataset: dataset, settings: settings, progress: reporter.update) }
        }
        let statistics = try datasetOperation {
            try store.tokenStatistics(dataset: dataset, maxTokensPerExample: settings.tokenLimit)
        }
        if json {
            try printJSON(ValidateOutput(report: report, tokens: statistics))
        } else {
            print(Self.text(report, statistics))
        }
        if report.hasErrors { throw CLIError.checkFailed("") }
    }

    static func text(_ report: ValidationReport, _ statistics: TokenStatistics) -> String {
        var lines = ["examples \(report.examples)", "errors"]
        for category in CheckCategory.errors { lines.append("  \(category.rawValue.padded(34))\(report.errors[category.rawValue] ?? 0)") }
        lines.append("warnings")
        for category in CheckCategory.warnings { lines.append("  \(category.rawValue.padded(34))\(report.warnings[category.rawValue] ?? 0)") }
        lines.append("tokens (\(TokenFigureMark.counter(statistics.tokenCounter, exact: statistics.exact)))")
        for (name, distribution) in [("total per example", statistics.totalTokens), ("assistant per example", statistics.assistantTokens),
                                     ("messages per example", statistics.messagesPerExample)] {
            guard let d = distribution else { continue }
            lines.append("  \(name.padded(22)) min \(d.min), max \(d.max), mean \(d.mean.formatted1), median \(d.median.formatted1), p10 \(d.p10.formatted1), p90 \(d.p90.formatted1)")
        }
        let t = statistics.training
        lines.append("  training: \(t.epochs) epochs (default rule), \(t.billingTokens) billing tokens (cap \(statistics.maxTokensPerExample)), \(t.chargedTokens) charged tokens")
        return lines.joined(separator: "\n")
    }
}

/// The JSON contract of `validate --json` (plus the token statistics under "tokens").
private struct ValidateOutput: Encodable {
    let examples: Int
    let errors: [String: Int]
    let warnings: [String: Int]
    let ids: [String: ExampleKeys]
    let tokens: TokensOutput

    init(report: ValidationReport, tokens: TokenStatistics) {
        examples = report.examples
        errors = report.errors
        warnings = report.warnings
        ids = report.keys.mapValues(ExampleKeys.init)
        self.tokens = TokensOutput(tokens)
    }
}

/// Stable ids encoded as the strings every output shows, one at a time (not a second array of strings).
private struct ExampleKeys: Encodable {
    let keys: [Int64]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for key in keys { try container.encode(ExampleKey.string(key)) }
    }
}

private struct TokensOutput: Encodable {
    let counter: String
    let estimate: Bool
    let total: Distribution?
    let assistant: Distribution?
    let messages: Distribution?
    let maxTokensPerExample: Int
    let epochs: Int
    let billingTokens: Int
    let chargedTokens: Int

    init(_ s: TokenStatistics) {
        counter = s.tokenCounter
        estimate = !s.exact
        total = s.totalTokens
        assistant = s.assistantTokens
        messages = s.messagesPerExample
        maxTokensPerExample = s.maxTokensPerExample
        epochs = s.training.epochs
        billingTokens = s.training.billingTokens
        chargedTokens = s.training.chargedTokens
    }

    enum CodingKeys: String, CodingKey {
        case counter, estimate, total, assistant, messages, epochs
        case maxTokensPerExample = "max_tokens_per_example"
        case billingTokens = "billing_tokens"
        case chargedTokens = "charged_tokens"
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self + " " : padding(toLength: width, withPad: " ", startingAt: 0) }
}

extension Double {
    var formatted1: String { String(format: "%.1f", self) }
}
