import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench prices set PATH MODEL [--input X] [--output Y] [--cache-read Z] [--note TEXT]`.
struct PricesSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Enter or correct one model's price (USD per 1M tokens), marked user-entered and dated today.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "The model name, as the cost assumptions refer to it.")
    var model: String

    @Option(help: "USD per 1M input tokens.")
    var input: Double?

    @Option(help: "USD per 1M output tokens.")
    var output: Double?

    @Option(name: .customLong("cache-read"), help: "USD per 1M input tokens read from the prompt cache.")
    var cacheRead: Double?

    @Option(help: "Where the figure comes from (a URL, an invoice), kept as its source.")
    var note: String?

    @Flag(help: "Print the stored price as one entry of `prices list --json`.")
    var json = false

    func run() throws {
        let store = try openProjectForChange(path)
        let price = try refusingImpossibleCostInput {
            try ModelPrice.userEntered(model: model, inputPer1M: input, outputPer1M: output, cacheReadPer1M: cacheRead,
                                       note: note, asOf: ProjectStore.day(Date()))
        }
        try store.upsertPrices([price])
        if json { return try printJSON(PriceListing.Entry(price: price)) }
        print(PriceListing(table: PriceTable([price]), glob: nil).text.split(separator: "\n").prefix(2).joined(separator: "\n"))
    }
}
