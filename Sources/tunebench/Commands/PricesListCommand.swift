import ArgumentParser
import TuneBenchCore
import TuneBenchStore

/// `tunebench prices list PATH [--model GLOB] [--json]`.
struct PricesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List model prices (USD per 1M tokens) with source and date.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(help: "Only models whose name matches this shell pattern (`*` and `?`), e.g. 'gpt-4.1*'.")
    var model: String?

    @Flag(help: "Print {\"prices\": [{model, provider, input_per_1m, output_per_1m, cache_read_per_1m, source, as_of}]}.")
    var json = false

    func run() throws {
        let listing = PriceListing(table: try openProject(path, readOnly: true).priceTable(), glob: model)
        if json {
            try printJSON(listing)
        } else {
            print(listing.text)
        }
    }
}
