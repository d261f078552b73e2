import ArgumentParser
import Foundation
import TuneBenchCore

/// Refuses a word where a subcommand is expected, before ArgumentParser would hand it to the default command
/// (`tunebench improt a b` used to open the terminal UI on a missing file called `improt`).
enum UnknownCommand {
    /// Walks `arguments` down the command tree from `root`; throws an input error (exit 2) naming the first
    /// word that is neither a subcommand nor, where the command has a default subcommand, a path: an existing
    /// file, or a word with a `/` or a `.` in it (so `tunebench missing.tunebench` still says the file is
    /// missing). Options end the walk: what follows them is the parser's to judge.
    static func check(_ arguments: [String], root: ParsableCommand.Type) throws {
        var command = root
        var path: [String] = []
        for word in arguments {
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty || word.hasPrefix("-") || word == "help" { return }
            if let next = subcommands.first(where: { names(of: $0).contains(word) }) {
                command = next
                path.append(word)
                continue
            }
            if command.configuration.defaultSubcommand != nil, looksLikePath(word) { return }
            throw CLIError.inputError(message(word: word, path: path, choices: visibleNames(subcommands)))
        }
    }

    /// "unknown command 'improt'; did you mean 'import'?" (with the group's name for a nested command).
    static func message(word: String, path: [String], choices: [String]) -> String {
        let shown = TerminalSafe.text(word)
        let what = path.isEmpty ? "command" : "\(path.joined(separator: " ")) command"
        if let suggestion = NearestName.suggestion(for: word, among: choices) {
            return "unknown \(what) '\(shown)'; did you mean '\(suggestion)'?"
        }
        return "unknown \(what) '\(shown)' (one of: \(choices.joined(separator: ", ")))"
    }

    private static func looksLikePath(_ word: String) -> Bool {
        word.contains("/") || word.contains(".") || FileManager.default.fileExists(atPath: word)
    }

    private static func names(of command: ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }

    private static func visibleNames(_ commands: [ParsableCommand.Type]) -> [String] {
        commands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
    }
}
