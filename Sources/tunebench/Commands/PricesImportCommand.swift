import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench prices import PATH FILE [--json]`: adds LiteLLM's price table to the project's.
struct PricesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import LiteLLM's model_prices_and_context_window.json (per-token prices become per-1M).",
        discussion: "Entries without an input or output price (and `sample_spec`) are skipped and counted. Imported prices replace earlier ones of the same model and are dated today.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "LiteLLM's model_prices_and_context_window.json.")
    var file: String

    @Flag(help: "Print {\"imported\": N, \"skipped\": M}.")
    var json = false

    @OptionGroup var documentLimit: DocumentLimitOption

    func run() throws {
        let limit = try documentLimit.limit()
        // The input is read before the project is opened, so a file that cannot be read leaves the project's bytes.
        let data = try readInputFile(file, limit: limit)
        let store = try openProjectForChange(path)
        let result: LiteLLMPriceImporter.Result
        do {
            result = try LiteLLMPriceImporter.importPrices(
                from: data, fileName: URL(fileURLWithPath: file).lastPathComponent, asOf: ProjectStore.day(Date()))
        } catch let error as LiteLLMPriceImporter.FormatError {
            throw CLIError.inputError(error.description)
        }
        try store.upsertPrices(result.prices)
        if json {
            try printJSON(["imported": result.prices.count, "skipped": result.skipped])
        } else {
            print("imported \(result.prices.count) prices, skipped \(result.skipped) entries without prices")
        }
    }
}
