import ArgumentParser
import TuneBenchCore
import TuneBenchStore

/// `tunebench cost PATH [--set NAME=VALUE]... [--scenario S] [--json]`: what each path costs.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Estimate one-time, monthly, 12- and 24-month cost of each path, with ranges and break-even.",
        discussion: """
            Paths: current (large model + RAG), routing (cache + cheaper model), fine_tuned_api,
            fine_tuned_self_hosted. Every input is a named assumption with a low/expected/high range; the text
            output lists them all. --set changes an assumption for this computation only; `tunebench assume`
            stores it. NAME=VALUE sets the expected value, NAME=LOW:VALUE:HIGH the whole range.
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(name: .customLong("set"), help: ArgumentHelp("Override an assumption for this computation only.", valueName: "NAME=VALUE"))
    var overrides: [String] = []

    @Option(help: "The path compared with `current` for the break-even month and volume (default fine_tuned_api).")
    var scenario: String = CostScenario.fineTunedAPI.rawValue

    @Flag(help: "Print one JSON object: assumptions, scenarios, break_even_month, cheapest, most_sensitive, dataset_building.")
    var json = false

    func run() throws {
        guard let candidate = CostScenario(rawValue: scenario) else {
            throw CLIError.inputError("unknown scenario '\(scenario)' (one of: "
                + CostScenario.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        let store = try openProject(path, readOnly: true)
        let prices = try store.priceTable()
        let (assumptions, estimate) = try refusingImpossibleCostInput {
            let stored = try store.costAssumptions()
            let assumptions = try stored.applying(
                overrides, provenance: AssumptionProvenance(origin: .override, detail: "--set"), prices: prices).assumptions
            return (assumptions, try CostEstimator.estimate(assumptions: assumptions, prices: prices, candidate: candidate))
        }
        if json {
            let decisions = try store.reviewPaceReport().pace.decisions
            try printJSON(CostEstimateDocument(estimate: estimate, assumptions: assumptions, measuredDecisions: decisions))
        } else {
            print(CostTextReport.render(estimate: estimate, assumptions: assumptions, prices: prices))
        }
    }
}
