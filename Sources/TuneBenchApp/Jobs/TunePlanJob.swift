import TuneBenchCore
import TuneBenchStore

/// A training bundle, as `tunebench tune plan PATH --for TOOL --output DIR …` and `:tune plan TOOL DIR …` ask
/// for it: the options are read and checked here, once, for both front ends.
public struct TunePlanJob: Equatable, Sendable {
    public var tool: TuneTool
    public var output: String
    public var dataset: String?
    public var baseModel: String?
    public var split: Double?
    public var seed: UInt64 = 0
    public var epochs: Int?

    public static let description = JobDescription(
        command: "tune plan", operand: nil,
        options: [
            JobOption("for", value: "TOOL", help: "openai, axolotl or trl."),
            JobOption("output", value: "DIR", help: "The bundle folder (created when missing)."),
            JobOption("dataset", value: "NAME", help: "Only this dataset (default: all)."),
            JobOption("base-model", value: "MODEL",
                      help: "The model to fine-tune (default: \(TuneTool.openai.defaultBaseModel) for openai, \(TuneTool.axolotl.defaultBaseModel) otherwise)."),
            JobOption("split", value: "FRACTION", help: "The share of examples for training, e.g. 0.9; the rest goes to val.jsonl."),
            JobOption("seed", value: "N", help: "Seed of the split (and of the training run)."),
            JobOption("epochs", value: "N", help: "Epochs (default: OpenAI's rule for the number of training examples)."),
        ],
        commandLineOnly: ["json": "the CLI's output format", "quiet": "the CLI's progress line (the TUI shows a bar)"])

    /// The `:` command's usage: the tool and folder come as words, as the Decision pane's next step names them.
    public static let usage = "usage: :tune plan openai|axolotl|trl DIR [--dataset NAME] [--base-model MODEL] [--split FRACTION] [--seed N] [--epochs N]"

    /// A job with its values checked: a known tool, a split in (0, 1), 1-50 epochs.
    public init(tool: String, output: String, dataset: String? = nil, baseModel: String? = nil, split: Double? = nil,
                seed: UInt64 = 0, epochs: Int? = nil) throws(JobInputError) {
        guard let parsed = TuneTool.parse(tool) else { throw JobInputError("--for must be openai, axolotl or trl, not '\(tool)'") }
        guard !output.isEmpty else { throw JobInputError("the bundle needs a folder: --output DIR") }
        if let split, !(split > 0 && split < 1) { throw JobInputError("--split must be between 0 and 1, e.g. 0.9") }
        if let epochs, !(1...50).contains(epochs) { throw JobInputError("--epochs must be between 1 and 50") }
        self.tool = parsed
        self.output = output
        self.dataset = dataset
        self.baseModel = baseModel
        self.split = split
        self.seed = seed
        self.epochs = epochs
    }

    /// The job the words after `:tune` ask for: `plan`, then the tool and the folder as words (or as `--for TOOL`
    /// and `--output DIR`), then options.
    public init(arguments: [String]) throws(JobInputError) {
        guard arguments.first == "plan" else { throw JobInputError(Self.usage) }
        var rest = Array(arguments.dropFirst())
        var named: [String] = []
        for option in ["for", "output"] {
            guard let word = rest.first, !word.hasPrefix("--") else { break }
            named += ["--\(option)", word]
            rest.removeFirst()
        }
        let words = try Self.description.parse(named + rest, as: "tune plan").get()
        guard let tool = words.values["for"], let output = words.values["output"] else { throw JobInputError(Self.usage) }
        try self.init(tool: tool, output: output, dataset: words.values["dataset"], baseModel: words.values["base-model"],
                      split: try words.value("split", { Double($0) }, expecting: "a share between 0 and 1, e.g. 0.9"),
                      seed: try words.value("seed", { UInt64($0) }, expecting: "a whole number") ?? 0,
                      epochs: try words.value("epochs", { Int($0) }, expecting: "a whole number of epochs, 1-50"))
    }

    /// Writes the bundle and records the plan, as both front ends do.
    public func run(_ store: ProjectStore, progress: @escaping (WorkProgress) -> Void = { _ in }) throws -> TunePlanResult {
        let request = TuneRequest(tool: tool, baseModel: baseModel, epochs: epochs, seed: seed, trainFraction: split)
        return try store.planTune(TunePlanOptions(request: request, output: output, dataset: dataset), progress: progress)
    }
}
