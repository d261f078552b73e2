import TuneBenchCore
import TuneBenchStore

/// A validation pass, as `tunebench validate PATH …` and `:validate …` ask for it.
public struct ValidateJob: Equatable, Sendable {
    public var dataset: String?
    public var validation = ValidationOverrides()

    public static let description = JobDescription(
        command: "validate", operand: nil,
        options: [JobOption("dataset", value: "NAME", help: "The dataset to check (default: every dataset).")] + ValidationOverrides.options,
        commandLineOnly: ["json": "the CLI's output format", "quiet": "the CLI's progress line (the TUI shows a bar)"])

    public init(dataset: String? = nil, validation: ValidationOverrides = ValidationOverrides()) {
        self.dataset = dataset
        self.validation = validation
    }

    /// The job a `:validate` line asks for.
    public init(words: JobWords) throws(JobInputError) {
        self.init(dataset: words.values["dataset"], validation: try ValidationOverrides(words: words))
    }
}

/// The jobs both front ends run, for the drift test and the docs.
public enum Jobs {
    public static let descriptions = [ImportJob.description, ExportJob.description, ValidateJob.description, TunePlanJob.description,
                                      PreferencePairsJob.description]
}
