import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals pairs PATH A B --output FILE`: DPO preference data from two runs, one pair for every shared
/// case where exactly one run passes (verdicts after overrides, as `evals compare` counts them).
struct EvalsPairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "Write preference pairs (DPO data) from the shared cases where exactly one of two runs passes.",
        discussion: """
            Each pair is the shared input, the passing output as chosen and the failing one as rejected; human \
            overrides decide the verdict. The pairs file holds only the format's keys; the metadata (case key, \
            runs, override notes) goes to a sidecar whose line N describes pair N: FILE with .jsonl replaced by \
            .meta.jsonl unless --metadata names it (none when FILE is a device or pipe). Shared cases that give no \
            pair are counted by reason. With FILE a device or pipe (/dev/stdout), the report goes to standard error.
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "Run A: id or unique name.", completion: ProjectCompletion.evalRuns)
    var runA: String

    @Argument(help: "Run B: id or unique name.", completion: ProjectCompletion.evalRuns)
    var runB: String

    @Option(name: .shortAndLong, help: ArgumentHelp(PreferencePairsJob.description.help("output")), completion: .file())
    var output: String

    @Option(help: ArgumentHelp(PreferencePairsJob.description.help("format")),
            completion: .list(PreferencePairFormat.allCases.map(\.rawValue)))
    var format: String = PreferencePairFormat.openaiPreference.rawValue

    @Option(help: ArgumentHelp(PreferencePairsJob.description.help("metadata")), completion: .file())
    var metadata: String?

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    func run() throws {
        let job: PreferencePairsJob
        do { job = try PreferencePairsJob(runA: runA, runB: runB, output: output, format: format, metadata: metadata) }
        catch { throw CLIError.inputError(error.message) }
        let store = try openProject(path, readOnly: true)
        let report: PreferencePairsReport
        do {
            report = try evalsInput { try job.run(store) }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.inputError(terminalSafeLine("\(error)", width: 2_000))
        }
        // The report stays off a pairs stream (`--output /dev/stdout`).
        let handle: FileHandle = PreferencePairFile.isStream(output) ? .standardError : .standardOutput
        if json {
            try printJSON(EvalPairsJSON(report), to: handle)
        } else {
            handle.write(Data((EvalsPairsText.text(report) + "\n").utf8))
        }
    }
}

/// The report `evals pairs` prints.
enum EvalsPairsText {
    static func text(_ report: PreferencePairsReport) -> String {
        let (a, b, output, metadata, format, result) = (report.a, report.b, report.output, report.metadata, report.format, report.result)
        let fromA = result.chosenFromA
        let reasons = PreferenceSkip.allCases.compactMap { reason in
            result.skipped[reason].flatMap { $0 > 0 ? "\($0) \(reason.words)" : nil }
        }
        var lines = [
            "wrote \(result.pairs.count) \(result.pairs.count == 1 ? "pair" : "pairs") (\(format.rawValue)) to "
                + terminalSafeLine(output, width: 200),
            "A  \(EvalsText.label(a))  chosen in \(fromA)",
            "B  \(EvalsText.label(b))  chosen in \(result.pairs.count - fromA)",
            "shared cases \(result.sharedCases): skipped \(result.skippedCount)"
                + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: ", ") + ")"),
            "unpaired: \(result.onlyInA) only in A, \(result.onlyInB) only in B",
        ]
        lines.append(metadata.map { "metadata (case, runs, override notes) in " + terminalSafeLine($0, width: 200) }
            ?? "no metadata sidecar (the pairs file is a device or pipe; --metadata FILE writes one)")
        return lines.joined(separator: "\n")
    }
}

/// `evals pairs --json`: the issue's contract keys (`output`, `format`, `pairs`, `skipped`, `shared_cases`) plus the
/// runs, the sidecar, the side each pair's chosen reply came from and the unpaired counts.
struct EvalPairsJSON: Encodable {
    let output: String
    let format: String
    let pairs: Int
    let skipped: [String: Int]
    let sharedCases: Int
    @NullEncoded var metadata: String?
    let a: String
    let b: String
    let aID: Int64
    let bID: Int64
    let chosenFromA: Int
    let chosenFromB: Int
    let onlyInA: Int
    let onlyInB: Int

    enum CodingKeys: String, CodingKey {
        case output, format, pairs, skipped, metadata, a, b
        case sharedCases = "shared_cases", aID = "a_id", bID = "b_id", chosenFromA = "chosen_from_a",
             chosenFromB = "chosen_from_b", onlyInA = "only_in_a", onlyInB = "only_in_b"
    }

    init(_ report: PreferencePairsReport) {
        let (a, b, result) = (report.a, report.b, report.result)
        output = report.output
        format = report.format.rawValue
        pairs = result.pairs.count
        skipped = Dictionary(uniqueKeysWithValues: result.skipped.map { ($0.key.rawValue, $0.value) })
        sharedCases = result.sharedCases
        metadata = report.metadata
        self.a = a.name
        self.b = b.name
        aID = a.id
        bID = b.id
        chosenFromA = result.chosenFromA
        chosenFromB = pairs - chosenFromA
        onlyInA = result.onlyInA
        onlyInB = result.onlyInB
    }
}
