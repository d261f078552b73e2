import TuneBenchCore
import TuneBenchStore

/// A dataset export, as `tunebench export PATH -o FILE …` and `:export-dataset FILE …` ask for it.
public struct ExportJob: Equatable, Sendable {
    public var output: String
    public var format = DatasetFormat.openaiChat.rawValue
    public var dataset: String?
    public var status: ReviewStatus?
    public var tag: String?
    public var split: Double?
    public var seed: UInt64 = 0

    public static let description = JobDescription(
        command: "export", operand: "FILE",
        options: [
            JobOption("output", value: "FILE", help: "The output file."),
            JobOption("format", value: "FORMAT", help: "openai-chat (default), openai-preference, alpaca or sharegpt."),
            JobOption("dataset", value: "NAME", help: "Only this dataset (default: all)."),
            JobOption("status", value: "STATUS", help: "Only examples with this review status (in the TUI: the filter's)."),
            JobOption("tag", value: "TAG", help: "Only examples with this tag (in the TUI: the filter's)."),
            JobOption("split", value: "FRACTION", help: "The share of examples for training, e.g. 0.9; the rest is validation."),
            JobOption("seed", value: "N", help: "Seed of the split."),
        ],
        commandLineOnly: ["json": "the CLI's output format", "quiet": "the CLI's progress line (the TUI shows a bar)"])

    public init(output: String, format: String = DatasetFormat.openaiChat.rawValue, dataset: String? = nil,
                status: ReviewStatus? = nil, tag: String? = nil, split: Double? = nil, seed: UInt64 = 0) {
        self.output = output
        self.format = format
        self.dataset = dataset
        self.status = status
        self.tag = tag
        self.split = split
        self.seed = seed
    }

    /// The job a `:export-dataset` line asks for (status and tag left out take the pane's filter when it runs).
    public init(words: JobWords) throws(JobInputError) {
        let formats = DatasetFormat.exportable.map(\.rawValue)
        self.init(output: words.values["output"] ?? words.operand ?? "",
                  format: try words.value("format", { formats.contains($0) ? $0 : nil },
                                          expecting: "one of \(formats.joined(separator: ", "))") ?? DatasetFormat.openaiChat.rawValue,
                  dataset: words.values["dataset"],
                  status: try words.value("status", { ReviewStatus(rawValue: $0) },
                                          expecting: ReviewStatus.allCases.map(\.rawValue).joined(separator: ", ")),
                  tag: words.values["tag"],
                  split: try words.value("split", { Double($0) }, expecting: "a share between 0 and 1, e.g. 0.9"),
                  seed: try words.value("seed", { UInt64($0) }, expecting: "a whole number") ?? 0)
    }

    /// The store's options for the job. Throws for a format that cannot be exported or a split outside (0, 1).
    public func prepare(_ store: ProjectStore) throws -> DatasetExportOptions {
        let target = try DatasetFormat(name: format)
        guard DatasetFormat.exportable.contains(target) else {
            throw JobInputError("cannot export as \(format); choose \(DatasetFormat.exportable.map(\.rawValue).joined(separator: ", "))")
        }
        if let split, !(split > 0 && split < 1) { throw JobInputError("--split must be between 0 and 1, e.g. 0.9") }
        return DatasetExportOptions(format: target, dataset: dataset, status: status, tag: tag, trainFraction: split, seed: seed,
                                    nearDuplicateThreshold: try store.validationSettings().nearDuplicateThreshold)
    }
}
