import ArgumentParser
import TerminalUI
import TuneBenchApp

/// `tunebench keys [--markdown | --json]`: every key binding of the terminal UI, from the one binding table.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the terminal UI's key bindings (docs/keys.md is this with --markdown).")

    @Flag(help: "Print Markdown tables, as in docs/keys.md.")
    var markdown = false

    @Flag(help: "Print a list of {\"keys\", \"action\", \"scope\", \"group\", \"help\"} (keys empty: `:` only).")
    var json = false

    func validate() throws {
        if markdown && json { throw ValidationError("give --markdown or --json, not both") }
    }

    func run() throws {
        if json {
            try printJSON(Bindings.table.rows.map {
                KeyBindingJSON(keys: $0.keys.map(\.name), action: $0.longName, scope: $0.scope.description,
                               group: $0.group, help: $0.help)
            })
        } else {
            print(markdown ? Bindings.markdown() : Bindings.plainText(), terminator: "")
        }
    }
}

/// One binding as `keys --json` prints it.
private struct KeyBindingJSON: Encodable {
    var keys: [String]
    var action: String
    var scope: String
    var group: String
    var help: String
}
