import ArgumentParser
import TuneBenchCore

/// The root command. `tunebench PATH` is `tunebench open PATH`.
struct TuneBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tunebench",
        abstract: "Decide whether to fine-tune an LLM, from your own evidence, and then do the work.",
        discussion: """
            Exit status: 0 success, 1 a check failed, 2 usage or input error.
            Results go to standard output, diagnostics to standard error.
            """,
        version: TuneBenchVersion.current,
        subcommands: [
            OpenCommand.self,
            NewCommand.self,
            InfoCommand.self,
            DemoCommand.self,
            ImportCommand.self,
            ValidateCommand.self,
            ReviewCommand.self,
            UndoCommand.self,
            RedoCommand.self,
            HistoryCommand.self,
            ExamplesCommand.self,
            ExportCommand.self,
            DecideCommand.self,
            ReportCommand.self,
            KeysCommand.self,
            TokensCommand.self,
            TokenizerCommand.self,
            EvalsCommand.self,
            TuneCommand.self,
            CostCommand.self,
            AssumeCommand.self,
            PricesCommand.self,
            IndexCommand.self,
            ConfigCommand.self,
            GenerateManualCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
