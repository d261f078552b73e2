import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals compare PATH RUN_A RUN_B`: the paired comparison of B against A. Exit 1 when B is
/// significantly worse, so CI can gate on it.
struct EvalsCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare run B with run A on the cases they share (McNemar exact, paired bootstrap).",
        discussion: "Exit status 1 when B is significantly worse than A. Cases in only one run are reported as unpaired.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "Run A (the reference): id or unique name.", completion: ProjectCompletion.evalRuns)
    var runA: String

    @Argument(help: "Run B (the candidate): id or unique name.", completion: ProjectCompletion.evalRuns)
    var runB: String

    @Flag(help: "Print the comparison as one JSON object.")
    var json = false

    func run() throws {
        let store = try openProject(path, readOnly: true)
        let (a, b) = try evalsInput { (try store.evalRun(resolving: runA), try store.evalRun(resolving: runB)) }
        let result = PairedComparison.compare(try store.evalOutcomes(runID: a.id), try store.evalOutcomes(runID: b.id))
        if json {
            try printJSON(EvalComparisonJSON(a: a, b: b, result: result))
        } else {
            print(EvalsCompareText.text(a: a, b: b, result: result))
        }
        if result.verdict == .worse { throw CLIError.checkFailed("") }
    }
}

/// The comparison as `evals compare` and `evals run` print it.
enum EvalsCompareText {
    static func text(a: StoredEvalRun, b: StoredEvalRun, result: PairedComparison) -> String {
        func keys(_ list: [String]) -> String {
            let shown = list.prefix(10).map { terminalSafeLine($0, width: 30) }.joined(separator: ", ")
            return list.count > 10 ? shown + ", … (\(list.count) in all; --json lists every one)" : shown
        }
        var lines = [
            "A  \(EvalsText.label(a))  passed \(EvalsText.passFigure(a))",
            "B  \(EvalsText.label(b))  passed \(EvalsText.passFigure(b))",
            "paired \(result.paired): both pass \(result.bothPass), both fail \(result.bothFail), A only \(result.aOnly), B only \(result.bOnly)",
            "unpaired: \(result.unpairedA.count) only in A, \(result.unpairedB.count) only in B",
            String(format: "McNemar exact p = %.4g", result.mcnemarP),
            String(format: "score B−A %+.3f, 95%% CI [%+.3f, %+.3f] (paired bootstrap, %d resamples)", result.scoreDiff,
                   result.diffInterval.low, result.diffInterval.high, Bootstrap.defaultResamples),
            "verdict: B is \(result.verdict == .noDetectableDifference ? "not detectably different from A" : "\(result.verdict.rawValue) than A")"
                + (result.casesNeeded.map { " (a difference this size needs about \($0) paired cases to detect)" } ?? ""),
        ]
        if !result.flipsAOnly.isEmpty { lines.append("A pass, B fail: \(keys(result.flipsAOnly))") }
        if !result.flipsBOnly.isEmpty { lines.append("A fail, B pass: \(keys(result.flipsBOnly))") }
        if !result.unpairedA.isEmpty { lines.append("only in A: \(keys(result.unpairedA))") }
        if !result.unpairedB.isEmpty { lines.append("only in B: \(keys(result.unpairedB))") }
        return lines.joined(separator: "\n")
    }
}

/// `evals compare --json`: the issue's contract keys plus the runs' ids, pass rates, cases needed and the key lists.
struct EvalComparisonJSON: Encodable {
    let a: String
    let b: String
    let aID: Int64
    let bID: Int64
    let aPassRate: Double
    let bPassRate: Double
    let paired: Int
    let bothPass: Int
    let bothFail: Int
    let aOnly: Int
    let bOnly: Int
    let unpairedA: Int
    let unpairedB: Int
    let mcnemarP: Double
    let scoreDiff: Double
    let diffCILow: Double
    let diffCIHigh: Double
    let verdict: String
    @NullEncoded var casesNeeded: Int?
    let resamples: Int
    let aOnlyKeys: [String]
    let bOnlyKeys: [String]
    let unpairedAKeys: [String]
    let unpairedBKeys: [String]

    enum CodingKeys: String, CodingKey {
        case a, b, paired, verdict, resamples
        case aID = "a_id", bID = "b_id", aPassRate = "a_pass_rate", bPassRate = "b_pass_rate"
        case bothPass = "both_pass", bothFail = "both_fail", aOnly = "a_only", bOnly = "b_only"
        case unpairedA = "unpaired_a", unpairedB = "unpaired_b", mcnemarP = "mcnemar_p", scoreDiff = "score_diff"
        case diffCILow = "diff_ci_low", diffCIHigh = "diff_ci_high", casesNeeded = "cases_needed"
        case aOnlyKeys = "a_only_keys", bOnlyKeys = "b_only_keys", unpairedAKeys = "unpaired_a_keys", unpairedBKeys = "unpaired_b_keys"
    }

    init(a: StoredEvalRun, b: StoredEvalRun, result: PairedComparison) {
        self.a = a.name
        self.b = b.name
        aID = a.id
        bID = b.id
        aPassRate = a.passRate
        bPassRate = b.passRate
        paired = result.paired
        bothPass = result.bothPass
        bothFail = result.bothFail
        aOnly = result.aOnly
        bOnly = result.bOnly
        unpairedA = result.unpairedA.count
        unpairedB = result.unpairedB.count
        mcnemarP = result.mcnemarP
        scoreDiff = result.scoreDiff
        diffCILow = result.diffInterval.low
        diffCIHigh = result.diffInterval.high
        verdict = result.verdict.rawValue
        casesNeeded = result.casesNeeded
        resamples = Bootstrap.defaultResamples
        aOnlyKeys = result.flipsAOnly
        bOnlyKeys = result.flipsBOnly
        unpairedAKeys = result.unpairedA
        unpairedBKeys = result.unpairedB
    }
}
