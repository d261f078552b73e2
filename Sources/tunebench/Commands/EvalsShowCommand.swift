import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals show PATH RUN`: a run's figures and its cases.
struct EvalsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a run: pass rate (Wilson 95%), mean score (bootstrap 95%), and its cases.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: ArgumentHelp("The run's id or unique name.", valueName: "run"), completion: ProjectCompletion.evalRuns)
    var reference: String

    @Option(help: "Show at most this many cases (text default 20; JSON default all).")
    var limit: Int?

    @Flag(help: "Print the run's figures and cases as one JSON object.")
    var json = false

    func run() throws {
        let store = try openProject(path, readOnly: true)
        let stored = try evalsInput { try store.evalRun(resolving: reference) }
        let scores = try store.evalOutcomes(runID: stored.id).map(\.score)
        let scoreInterval = Bootstrap.meanInterval(scores)
        let cases = try store.evalCases(runID: stored.id, limit: limit ?? (json ? Int.max : 20))
        if json {
            return try printJSON(EvalRunDetailJSON(run: EvalRunJSON(stored), scoreCILow: scoreInterval.low,
                                                   scoreCIHigh: scoreInterval.high, cases: cases.map(EvalCaseJSON.init)))
        }
        print("run      \(EvalsText.label(stored)) (\(stored.source)\(stored.model.map { ", \(terminalSafeLine($0, width: 40))" } ?? ""))")
        print("rung     \(stored.rung?.rawValue ?? "not set")")
        print("passed   \(EvalsText.passFigure(stored)) (Wilson 95%)")
        print(String(format: "score    %.3f [%.3f, %.3f] (bootstrap 95%%, %d resamples)", stored.meanScore, scoreInterval.low,
                     scoreInterval.high, Bootstrap.defaultResamples))
        print("errors   \(stored.errors)    overrides \(stored.overrides)")
        if let cost = stored.totalCost { print(String(format: "cost     $%.4f", cost)) }
        if let latency = stored.meanLatencyMs { print(String(format: "latency  %.0f ms mean", latency)) }
        print("")
        for item in cases {
            let mark = item.pass ? "pass" : "FAIL"
            let overridden = item.override == nil ? " " : "*"
            print("\(mark)\(overridden) \(String(format: "%.2f", item.score))  \(EvalsText.padded(terminalSafeLine(item.imported.key, width: 24), 24))  \(terminalSafeLine(item.imported.output, width: 70))")
        }
        if cases.count < stored.cases { print("… \(stored.cases - cases.count) more (--limit N)") }
    }
}

/// `evals show --json`.
struct EvalRunDetailJSON: Encodable {
    let run: EvalRunJSON
    let scoreCILow: Double
    let scoreCIHigh: Double
    let cases: [EvalCaseJSON]

    enum CodingKeys: String, CodingKey {
        case run, cases
        case scoreCILow = "score_ci_low", scoreCIHigh = "score_ci_high"
    }
}

/// One case in `evals show --json`: the effective verdict, the imported one, and any override.
struct EvalCaseJSON: Encodable {
    struct Override: Encodable {
        let pass: Bool
        let note: String
    }

    let key: String
    let pass: Bool
    let score: Double
    let importedPass: Bool
    let importedScore: Double
    let input: String
    let output: String
    let expected: String?
    let metrics: [String: Double]
    let verdicts: [GraderVerdict]
    let latencyMs: Double?
    let tokensIn: Int?
    let tokensOut: Int?
    let tokensTotal: Int?
    let cost: Double?
    let error: String?
    let override: Override?

    enum CodingKeys: String, CodingKey {
        case key, pass, score, input, output, expected, metrics, verdicts, cost, error, override
        case importedPass = "imported_pass", importedScore = "imported_score", latencyMs = "latency_ms"
        case tokensIn = "tokens_in", tokensOut = "tokens_out", tokensTotal = "tokens_total"
    }

    init(_ item: StoredEvalCase) {
        key = item.imported.key
        pass = item.pass
        score = item.score
        importedPass = item.imported.pass
        importedScore = item.imported.score
        input = item.imported.input
        output = item.imported.output
        expected = item.imported.expected
        metrics = item.imported.metrics
        verdicts = item.imported.verdicts
        latencyMs = item.imported.latencyMs
        tokensIn = item.imported.tokens?.input
        tokensOut = item.imported.tokens?.output
        tokensTotal = item.imported.tokens?.total
        cost = item.imported.cost
        error = item.imported.error
        override = item.override.map { Override(pass: $0.pass, note: $0.note) }
    }
}
