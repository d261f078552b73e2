import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench tune plan PATH --for TOOL --output DIR`: writes a training bundle and records the plan.
struct TunePlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write a training bundle for openai, axolotl or trl from the accepted examples without errors.",
        discussion: """
            DIR gets train.jsonl (and val.jsonl with --split: seeded, duplicates on one side), the tool's file \
            (job.json, axolotl.yaml or sft.yaml) and a README.md saying how to start the run and what it costs. \
            Epochs default to OpenAI's rule for the number of examples; charged tokens = epochs × the exact \
            training tokens. The plan is recorded (`tunebench tune list`; undo in the Decision scope).
            """)

    @Argument(help: "The project file.")
    var path: String

    @Option(name: .customLong("for"), help: ArgumentHelp(TunePlanJob.description.help("for")))
    var tool: String

    @Option(help: ArgumentHelp(TunePlanJob.description.help("output")))
    var output: String

    @Option(help: ArgumentHelp(TunePlanJob.description.help("dataset")), completion: ProjectCompletion.datasets)
    var dataset: String?

    @Option(help: ArgumentHelp(TunePlanJob.description.help("base-model")))
    var baseModel: String?

    @Option(help: ArgumentHelp(TunePlanJob.description.help("split")))
    var split: Double?

    @Option(help: ArgumentHelp(TunePlanJob.description.help("seed")))
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp(TunePlanJob.description.help("epochs")))
    var epochs: Int?

    @Flag(help: "Print {bundle, files, examples: {train, val}, tokens, epochs, charged_tokens, cost}.")
    var json = false

    @OptionGroup var progress: ProgressOptions

    /// The shared job these options ask for (its checks are the TUI's too).
    private func job() throws -> TunePlanJob {
        do {
            return try TunePlanJob(tool: tool, output: output, dataset: dataset, baseModel: baseModel, split: split,
                                   seed: seed, epochs: epochs)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func validate() throws { _ = try job() }

    func run() throws {
        let job = try job()
        try tuneOperation { try ProjectStore.prepareBundleFolder(job.output) }
        let store = try openProjectForChange(path)
        let result = try progress.reporter("planning \(job.tool.rawValue) bundle").run { reporter in
            try tuneOperation { try job.run(store, progress: reporter.update) }
        }
        if let warning = result.tokenWarning { Diagnostics.warning("token counts are estimates: \(warning)") }
        if json {
            try printJSON(TunePlanJSON(result))
        } else {
            let plan = result.plan
            print("tune #\(result.record.id): \(plan.tool.rawValue) bundle in \(result.record.bundle)")
            print("  \(plan.trainExamples) training, \(plan.validationExamples) validation examples; sha256 \(plan.trainingSetHash)")
            let unit = TokenFigureMark.tokens(estimated: !plan.tokensExact)
            print("  \(plan.tokensPerEpoch) \(unit) per epoch × \(plan.epochs) epochs = \(plan.chargedTokens) charged \(unit)")
            print("  sequence length \(plan.sequenceLength) (longest example \(plan.longestExampleTokens) \(unit))")
            print("  cost: \(terminalSafeLine(plan.cost.text, width: 2_000))")
            for file in result.files { print("  wrote \(file)") }
        }
    }
}

/// `tune plan --json`: the keys exactly.
struct TunePlanJSON: Encodable {
    let bundle: String
    let files: [String]
    let examples: Examples
    let tokens: Int
    let epochs: Int
    let chargedTokens: Int
    let cost: TuneCostJSON

    struct Examples: Encodable {
        let train: Int
        let val: Int
    }

    init(_ result: TunePlanResult) {
        bundle = result.record.bundle
        files = result.files
        examples = Examples(train: result.plan.trainExamples, val: result.plan.validationExamples)
        tokens = result.plan.tokensPerEpoch
        epochs = result.plan.epochs
        chargedTokens = result.plan.chargedTokens
        cost = TuneCostJSON(result.plan.cost)
    }

    enum CodingKeys: String, CodingKey {
        case bundle, files, examples, tokens, epochs, chargedTokens = "charged_tokens", cost
    }
}

/// A cost with its price's source and date, or a null amount with the reason.
struct TuneCostJSON: Encodable {
    @NullEncoded var usd: Double?
    let basis: String
    @NullEncoded var source: String?
    @NullEncoded var date: String?
    @NullEncoded var reason: String?

    init(_ cost: TuneCost) {
        usd = cost.usd
        basis = cost.basis
        source = cost.source
        date = cost.date
        reason = cost.reason
    }
}

/// Runs a tune command's store work, turning its errors into one clear sentence (exit 2).
func tuneOperation<T>(_ body: () throws -> T) throws -> T {
    do {
        return try datasetOperation { try evalsInput(body) }
    } catch let error as TuneBundleError {
        throw CLIError.inputError(error.description)
    } catch let error as TuneStoreError {
        throw CLIError.inputError(error.description)
    } catch let error as JSONParseError {
        throw CLIError.inputError("a stored example is not valid JSON: \(error)")
    }
}
