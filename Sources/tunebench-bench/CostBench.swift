import ArgumentParser
import Foundation
import TuneBenchCore

/// `tunebench-bench cost`: the time to recompute every scenario and the sensitivity sweep after one edit,
/// which is what the Cost pane does on every keystroke that changes an assumption (budget: 5 ms).
struct CostBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Time one cost recompute (all scenarios + sensitivity sweep) after an assumption edit.")

    @Option(help: "Recomputes to time.")
    var iterations = 2_000

    @Option(help: "Prices in the table (defaults plus synthetic models), to include lookup cost at a realistic size.")
    var prices = 4_000

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        var table = DefaultPrices.table
        for i in table.count..<prices {
            table.upsert(ModelPrice(model: "synthetic-\(i)", inputPer1M: 1, outputPer1M: 2, source: "bench", asOf: "2026-11-25"))
        }
        let tokens = TrainingTokens(examples: 331, billingTokensPerEpoch: 87_384, epochs: 3, isExact: true,
                                    encodingName: "o200k_base")
        var assumptions = CostAssumptions.defaults(trainingTokens: tokens)
        let edit = AssumptionProvenance(origin: .override, detail: "bench")
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(iterations)
        var sink = 0.0
        for i in 0..<iterations {
            let start = clock.now
            // The pane's work per edit: apply the edit, then recompute everything.
            try assumptions.apply("calls_per_month=\(200_000 + i % 1_000)", provenance: edit)
            let estimate = try CostEstimator.estimate(assumptions: assumptions, prices: table)
            samples.append(clock.now - start)
            sink += estimate.scenarios[0].total12 + Double(estimate.sensitivities.count)
        }
        samples.sort()
        func ms(_ d: Duration) -> String {
            let c = d.components
            return String(format: "%.3f", Double(c.seconds) * 1e3 + Double(c.attoseconds) / 1e15)
        }
        let swept = CostAssumptionName.allCases.filter { !$0.isModel && assumptions.range($0).hasSpread }.count
        print("cost recompute: \(iterations) edits, \(CostScenario.allCases.count) scenarios, \(swept) swept assumptions, \(table.count) prices")
        print("median \(ms(samples[samples.count / 2])) ms  p99 \(ms(samples[samples.count * 99 / 100])) ms  max \(ms(samples.last!)) ms  (checksum \(Int(sink) % 1000))")
    }
}
