import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

extension EvalFileFormat: ExpressibleByArgument {}

extension Rung: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// Runs `body`, turning bad eval input and unknown runs into one-line input errors (exit 2). The messages quote
/// file contents, so they are made terminal-safe.
/// With `gnuFile`, an error located in that file is written as `FILE:LINE:COLUMN: message` alone on standard
/// error (no `tunebench:` before it, so editors read it), still exit 2.
func evalsInput<T>(gnuFile: String? = nil, _ body: () throws -> T) throws -> T {
    do { return try body() }
    catch let error as EvalInputError {
        if let gnuFile, let problem = GNUProblem(error, file: gnuFile) {
            Diagnostics.write(terminalSafeLine(problem.text, width: 2_000))
            throw CLIError.inputError("")
        }
        throw CLIError.inputError(terminalSafeLine(error.description, width: 2_000))
    }
    catch let error as EvalStoreError { throw CLIError.inputError(terminalSafeLine(error.description, width: 2_000)) }
}

/// The bytes of a file the user named, at most `limit` of them, or an input error saying why not.
func readInputFile(_ path: String, limit: RecordLimit = .default) throws -> Data {
    // A `.eval` zip is mapped: it is read entry by entry, so only the entries being inflated need to be resident.
    do { return try DocumentFile.read(path, limit: limit, mappingArchives: true) }
    catch { throw CLIError.inputError(terminalSafeLine(error.description, width: 2_000)) }
}

/// `--max-record-bytes` of the commands that read one whole-file document.
struct DocumentLimitOption: ParsableArguments {
    @Option(help: "The most bytes the file (for an inspect .eval log: one of its entries) may take; a longer one is refused (default \(RecordLimit.defaultBytes), \(RecordLimit.default)).")
    var maxRecordBytes: Int?

    /// The limit asked for, or an input error for one that is not positive.
    func limit() throws -> RecordLimit {
        guard let maxRecordBytes else { return .default }
        guard maxRecordBytes > 0 else { throw CLIError.inputError("--max-record-bytes must be a positive whole number of bytes") }
        return RecordLimit(bytes: maxRecordBytes)
    }
}

/// One run as `evals list --json` and `evals import --json` describe it.
struct EvalRunJSON: Encodable {
    let id: Int64
    let name: String
    let source: String
    @NullEncoded var rung: String?
    @NullEncoded var model: String?
    let cases: Int
    let passed: Int
    let passRate: Double
    let ciLow: Double
    let ciHigh: Double
    let meanScore: Double
    let errors: Int
    let overrides: Int
    @NullEncoded var totalCost: Double?
    @NullEncoded var meanLatencyMs: Double?

    enum CodingKeys: String, CodingKey {
        case id, name, source, rung, model, cases, passed, errors, overrides
        case passRate = "pass_rate", ciLow = "ci_low", ciHigh = "ci_high", meanScore = "mean_score"
        case totalCost = "total_cost", meanLatencyMs = "mean_latency_ms"
    }

    init(_ run: StoredEvalRun) {
        id = run.id
        name = run.name
        source = run.source
        rung = run.rung?.rawValue
        model = run.model
        cases = run.cases
        passed = run.passed
        passRate = run.passRate
        ciLow = run.passInterval.low
        ciHigh = run.passInterval.high
        meanScore = run.meanScore
        errors = run.errors
        overrides = run.overrides
        totalCost = run.totalCost
        meanLatencyMs = run.meanLatencyMs
    }
}

/// Text forms shared by the evals commands.
enum EvalsText {
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    /// `12/40 30.0% [17.9%, 45.6%]`
    static func passFigure(_ run: StoredEvalRun) -> String {
        "\(run.passed)/\(run.cases) \(percent(run.passRate)) [\(percent(run.passInterval.low)), \(percent(run.passInterval.high))]"
    }

    /// `#3 name` with the name made safe for the terminal.
    static func label(_ run: StoredEvalRun) -> String { "#\(run.id) \(terminalSafeLine(run.name, width: 60))" }

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
