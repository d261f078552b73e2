import TuneBenchCore
import TuneBenchStore

/// Preference pairs (DPO data) from two eval runs, as `tunebench evals pairs PATH A B --output FILE …` and
/// `:pairs A B FILE …` (or `:pairs FILE` on the Evals comparison) ask for them: the options are read and checked
/// here, and the file written here, once for both front ends.
public struct PreferencePairsJob: Equatable, Sendable {
    /// Runs A and B: ids or unique names.
    public var runA: String
    public var runB: String
    public var output: String
    public var format: PreferencePairFormat
    /// The sidecar named with `--metadata`; nil writes the default one beside the pairs file.
    public var metadata: String?

    public static let description = JobDescription(
        command: "evals pairs", operand: nil,
        options: [
            JobOption("output", value: "FILE", help: "The pairs file to write (JSONL)."),
            JobOption("format", value: "FORMAT", help: "openai-preference (OpenAI DPO fine-tuning) or trl (TRL conversational preference)."),
            JobOption("metadata", value: "FILE", help: "The metadata sidecar to write (default: beside the pairs file, .meta.jsonl)."),
        ],
        commandLineOnly: ["json": "the CLI's output format"])

    /// The `:` command's usage: the runs and the file come as words.
    public static let usage = "usage: :pairs A B FILE [--format openai-preference|trl] [--metadata FILE] (on a comparison: :pairs FILE)"

    /// A job with its values checked: a file to write, a known format, a sidecar that is not the pairs file.
    public init(runA: String, runB: String, output: String, format: String = PreferencePairFormat.openaiPreference.rawValue,
                metadata: String? = nil) throws(JobInputError) {
        guard !output.isEmpty else { throw JobInputError("the pairs need a file: --output FILE") }
        guard let parsed = PreferencePairFormat(rawValue: format) else {
            throw JobInputError("--format must be openai-preference or trl, not '\(format)'")
        }
        if let metadata, metadata == output { throw JobInputError("--metadata names the pairs file itself; give another file") }
        self.runA = runA
        self.runB = runB
        self.output = output
        self.format = parsed
        self.metadata = metadata
    }

    /// The job the words after `:pairs` ask for: `A B FILE`, or only `FILE` when `comparing` gives the runs (the
    /// Evals comparison on screen), then options.
    public init(arguments: [String], comparing: (a: String, b: String)?) throws(JobInputError) {
        let positional = Array(arguments.prefix { !$0.hasPrefix("--") })
        let runs: (String, String)
        let file: String
        switch (positional.count, comparing) {
        case (3, _): (runs, file) = ((positional[0], positional[1]), positional[2])
        case (1, let compared?): (runs, file) = ((compared.a, compared.b), positional[0])
        default: throw JobInputError(Self.usage)
        }
        let words = try Self.description.parse(Array(arguments.dropFirst(positional.count)), as: "pairs").get()
        if words.values["output"] != nil { throw JobInputError("pairs: the file is a word, not --output; \(Self.usage)") }
        try self.init(runA: runs.0, runB: runs.1, output: JobDescription.expandingHome(file),
                      format: words.values["format"] ?? PreferencePairFormat.openaiPreference.rawValue,
                      metadata: words.values["metadata"].map(JobDescription.expandingHome))
    }

    /// Resolves the runs, pairs their shared cases and writes the pairs file and its sidecar (none when the pairs
    /// go to a device or pipe and no `--metadata` is named).
    /// - Throws: `JobInputError` when A and B are one run; the store's errors for an unknown run; the writer's
    ///   for a file that cannot be written (the old file then stays as it was).
    public func run(_ store: ProjectStore) throws -> PreferencePairsReport {
        let a = try store.evalRun(resolving: runA), b = try store.evalRun(resolving: runB)
        if a.id == b.id { throw JobInputError("A and B are the same run (#\(a.id)); give two runs to pair") }
        let result = PreferencePairs.make(a: try store.evalPreferenceCases(runID: a.id),
                                          b: try store.evalPreferenceCases(runID: b.id))
        let metadataPath = metadata ?? PreferencePairFile.defaultMetadataPath(forOutput: output)
        let writer = try SafeFileWriter(path: output)
        let sidecar = try metadataPath.map { try SafeFileWriter(path: $0) }
        let runs = (PreferenceRun(id: a.id, name: a.name), PreferenceRun(id: b.id, name: b.name))
        try PreferencePairFile.write(result.pairs, format: format, runs: runs, to: writer, metadata: sidecar)
        return PreferencePairsReport(a: a, b: b, output: output, metadata: metadataPath, format: format, result: result)
    }
}

/// What a pairs job wrote: the runs, the files and the pairing's counts.
public struct PreferencePairsReport: Sendable {
    public var a: StoredEvalRun
    public var b: StoredEvalRun
    public var output: String
    /// The sidecar written, or nil when there is none.
    public var metadata: String?
    public var format: PreferencePairFormat
    public var result: PreferencePairs

    /// `12 pairs (openai-preference) → FILE · A zero-shot chosen in 2, B lora-r16 in 10 · 180 shared cases skipped`,
    /// the file first, since a narrow status bar cuts the end.
    public var summary: String {
        let fromA = result.chosenFromA
        return "\(result.pairs.count) \(result.pairs.count == 1 ? "pair" : "pairs") (\(format.rawValue)) → \(output) · "
            + "A \(a.name) chosen in \(fromA), B \(b.name) in \(result.pairs.count - fromA) · "
            + "\(result.skippedCount) of \(result.sharedCases) shared cases skipped"
    }
}
