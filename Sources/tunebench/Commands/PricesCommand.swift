import ArgumentParser

/// `tunebench prices import|list|set`: the project's model price table.
struct PricesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prices",
        abstract: "Import and list model prices (USD per 1M tokens, each with its source and date).",
        subcommands: [PricesImportCommand.self, PricesListCommand.self, PricesSetCommand.self])
}
