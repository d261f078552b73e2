import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench tune list PATH`: the recorded tune plans.
struct TuneListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the recorded tune plans: date, tool, base model, examples, training-set hash, cost, staleness.")

    @Argument(help: "The project file.")
    var path: String

    @Flag(help: "Print a JSON array, newest first.")
    var json = false

    func run() throws {
        let tunes = try tuneOperation { try openProject(path, readOnly: true).tunes() }
        if json {
            try printJSON(tunes.map(TuneListJSON.init))
            return
        }
        guard !tunes.isEmpty else {
            print("no tunes planned yet: tunebench tune plan PATH --for openai|axolotl|trl --output DIR")
            return
        }
        for tune in tunes {
            let r = tune.record
            var line = "#\(r.id)  \(ProjectStore.day(r.createdAt))  \(r.tool.rawValue)  \(terminalSafeLine(r.baseModel, width: 60))  "
                + "\(r.trainExamples)+\(r.validationExamples) examples  sha \(r.shortHash)  "
                + (r.cost.usd.map { Money.formatPrecise($0) } ?? "cost unknown")
            if !tune.runs.isEmpty { line += "  runs: " + tune.runs.map { terminalSafeLine($0.name, width: 40) }.joined(separator: ", ") }
            if tune.isStale { line += "  STALE: \(tune.changedSince) example(s) changed since" }
            print(line)
        }
    }
}

/// One tune in `tune list --json`.
struct TuneListJSON: Encodable {
    let id: Int64
    let date: String
    let tool: String
    let baseModel: String
    @NullEncoded var dataset: String?
    let bundle: String
    let examples: Int
    let trainExamples: Int
    let valExamples: Int
    let trainingSetSha256: String
    let tokens: Int
    let epochs: Int
    let chargedTokens: Int
    let cost: TuneCostJSON
    let stale: Bool
    let changedSince: Int
    let runs: [String]

    init(_ tune: TuneStatus) {
        let r = tune.record
        id = r.id
        date = ISO8601DateFormatter().string(from: r.createdAt)
        tool = r.tool.rawValue
        baseModel = r.baseModel
        dataset = r.dataset
        bundle = r.bundle
        examples = r.trainExamples + r.validationExamples
        trainExamples = r.trainExamples
        valExamples = r.validationExamples
        trainingSetSha256 = r.trainingSetHash
        tokens = r.tokensPerEpoch
        epochs = r.epochs
        chargedTokens = r.chargedTokens
        cost = TuneCostJSON(r.cost)
        stale = tune.isStale
        changedSince = tune.changedSince
        runs = tune.runs.map(\.name)
    }

    enum CodingKeys: String, CodingKey {
        case id, date, tool, baseModel = "base_model", dataset, bundle, examples, trainExamples = "train_examples"
        case valExamples = "val_examples", trainingSetSha256 = "training_set_sha256", tokens, epochs
        case chargedTokens = "charged_tokens", cost, stale, changedSince = "changed_since", runs
    }
}
