import ArgumentParser

/// `tunebench tune …`: training bundles for OpenAI, Axolotl and TRL, and the record of each plan.
struct TuneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tune",
        abstract: "Write a training bundle (OpenAI, Axolotl, TRL) from the reviewed data, and list the recorded tunes.",
        subcommands: [TunePlanCommand.self, TuneListCommand.self])
}
