import ArgumentParser
import TuneBenchApp

/// `tunebench keys [--markdown]`: every key binding of the terminal UI, from the one binding table.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the terminal UI's key bindings (docs/keys.md is this with --markdown).")

    @Flag(help: "Print Markdown tables, as in docs/keys.md.")
    var markdown = false

    func run() throws {
        print(markdown ? Bindings.markdown() : Bindings.plainText(), terminator: "")
    }
}
