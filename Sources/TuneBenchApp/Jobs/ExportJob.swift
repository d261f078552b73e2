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
    /// Write this many JSONL shards and a manifest into `output`, a directory.
    public var shards: Int?

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
            JobOption("shards", value: "N",
                      help: "Write N JSONL files of about equal size (part-00000.jsonl…) and a manifest.json into --output, a directory."),
        ],
        commandLineOnly: ["json": "the CLI's output format", "quiet": "the CLI's progress line (the TUI shows a bar)"])

    public init(output: String, format: String = DatasetFormat.openaiChat.rawValue, dataset: String? = nil,
                status: ReviewStatus? = nil, tag: String? = nil, split: Double? = nil, seed: UInt64 = 0, shards: Int? = nil) {
        self.output = output
        self.format = format
        self.dataset = dataset
        self.status = status
        self.tag = tag
        self.split = split
        self.seed = seed
        self.shards = shards
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
                  seed: try words.value("seed", { UInt64($0) }, expecting: "a whole number") ?? 0,
                  shards: try words.value("shards", { Int($0).flatMap { $0 > 0 ? $0 : nil } }, expecting: "a positive whole number"))
    }

    /// The store's options for the job. Throws for a format that cannot be exported or a split outside (0, 1).
    public func prepare(_ store: ProjectStore) throws -> DatasetExportOptions {
        let target = try DatasetFormat(name: format)
        guard DatasetFormat.exportable.contains(target) else {
            throw JobInputError("cannot export as \(format); choose \(DatasetFormat.exportable.map(\.rawValue).joined(separator: ", "))")
        }
        if let split, !(split > 0 && split < 1) { throw JobInputError("--split must be between 0 and 1, e.g. 0.9") }
        if let shards, shards < 1 { throw JobInputError("--shards must be 1 or more") }
        return DatasetExportOptions(format: target, dataset: dataset, status: status, tag: tag, trainFraction: split, seed: seed,
                                    nearDuplicateThreshold: try store.validationSettings().nearDuplicateThreshold)
    }

    /// Prepares and runs the export (sharded when asked), as both front ends do.
    public func run(_ store: ProjectStore, progress: (WorkProgress) -> Void = { _ in }) throws -> DatasetExportReport {
        let options = try prepare(store)
        if let shards { return try store.exportShards(to: output, shards: shards, options: options, progress: progress) }
        return try store.exportDataset(to: output, options: options, progress: progress)
    }
}
