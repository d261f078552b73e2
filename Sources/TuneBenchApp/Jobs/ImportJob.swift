import TuneBenchCore
import TuneBenchStore

/// A dataset import, as `tunebench import PATH FILE …` and `:import FILE …` ask for it.
public struct ImportJob: Equatable, Sendable {
    public var file: String
    public var format: String?
    public var dataset: String?
    public var columns: String?
    /// A `--rank-dir` searched first for the tokenizer's rank file.
    public var rankDirectory: String?
    public var validation = ValidationOverrides()
    /// `--max-record-bytes`: nil is ``RecordLimit/defaultBytes``.
    public var maxRecordBytes: Int?

    public static let description = JobDescription(
        command: "import", operand: "FILE",
        options: [
            JobOption("format", value: "FORMAT", help: "The record format (default: detected)."),
            JobOption("dataset", value: "NAME", help: "The dataset's name in the project (default: the file name without extension)."),
            JobOption("columns", value: "MAPPING",
                      help: "CSV only: which column holds which role, e.g. system=persona,user=question,assistant=answer."),
            .rankDirectory,
            JobOption("max-record-bytes", value: "N",
                      help: "The most bytes one record (line, array element, CSV row) may take; a longer one is reported with its line and byte offset and skipped (default \(RecordLimit.defaultBytes), \(RecordLimit.default))."),
        ] + ValidationOverrides.options,
        commandLineOnly: ["strict": "sets the CLI's exit status", "json": "the CLI's output format",
                          "quiet": "the CLI's progress line (the TUI shows a bar)",
                          "problems-format": "the CLI's problem lines for editors (the TUI lists them in an overlay)"])

    public init(file: String, format: String? = nil, dataset: String? = nil, columns: String? = nil,
                rankDirectory: String? = nil, validation: ValidationOverrides = ValidationOverrides(),
                maxRecordBytes: Int? = nil) {
        self.file = file
        self.maxRecordBytes = maxRecordBytes
        self.format = format
        self.dataset = dataset
        self.columns = columns
        self.rankDirectory = rankDirectory
        self.validation = validation
    }

    /// The job a `:import` line asks for.
    public init(words: JobWords) throws(JobInputError) {
        let formats = DatasetFormat.allCases.map(\.rawValue)
        self.init(file: words.operand ?? "",
                  format: try words.value("format", { formats.contains($0) ? $0 : nil }, expecting: "one of \(formats.joined(separator: ", "))"),
                  dataset: words.values["dataset"],
                  columns: words.values["columns"], rankDirectory: words.values["rank-dir"], validation: try ValidationOverrides(words: words),
                  maxRecordBytes: try words.value("max-record-bytes", { Int($0).flatMap { $0 > 0 ? $0 : nil } },
                                                  expecting: "a positive whole number of bytes"))
    }

    /// The store's options for the job, with what the user should be told before it runs (token counts that
    /// are estimates). Throws for a format, column mapping or setting that cannot be read.
    public func prepare(_ store: ProjectStore) throws -> (options: DatasetImportOptions, warnings: [JobWarning]) {
        let resolved = try store.tokenCounter(rankDirectory: rankDirectory)
        let options = DatasetImportOptions(
            counter: resolved.counter, format: try format.map { try DatasetFormat(name: $0) }, datasetName: dataset,
            columnMapping: try columns.map { try CSVColumnMapping(parsing: $0) }, validation: try validation.settings(store),
            recordLimit: maxRecordBytes.map(RecordLimit.init(bytes:)) ?? .default)
        return (options, resolved.fallbackReason.map { [JobWarning("token counts are estimates", detail: $0)] } ?? [])
    }
}
