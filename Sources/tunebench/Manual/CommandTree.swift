import ArgumentParser
import Foundation

/// The command tree as swift-argument-parser describes it (`tunebench --experimental-dump-help`, ToolInfo
/// version 0): the part the manual page is written from.
struct CommandTree: Decodable {
    struct Name: Decodable {
        var kind: String
        var name: String

        /// `--json`, `-o`.
        var spelled: String { kind == "short" ? "-\(name)" : kind == "longWithSingleDash" ? "-\(name)" : "--\(name)" }
    }

    struct Argument: Decodable {
        var kind: String
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?
        var discussion: String?
    }

    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var defaultSubcommand: String?
    var subcommands: [CommandTree]?
    var arguments: [Argument]?

    private struct Document: Decodable { var command: CommandTree }

    /// The tree of `command`, read from ArgumentParser's own description of it.
    static func of(_ command: ParsableCommand.Type) throws -> CommandTree {
        let json: String
        do {
            _ = try command.parseAsRoot(["--experimental-dump-help"])
            throw CLIError.inputError("the argument parser printed no command tree")
        } catch let error as CLIError {
            throw error
        } catch {
            json = command.fullMessage(for: error)
        }
        return try JSONDecoder().decode(Document.self, from: Data(json.utf8)).command
    }

    /// The subcommands a user sees (not `help`, not hidden ones).
    var visibleSubcommands: [CommandTree] {
        (subcommands ?? []).filter { ($0.shouldDisplay ?? true) && $0.commandName != "help" }
    }

    /// The arguments a user sees, without `--help` and `--version`, which every command has.
    var visibleArguments: [Argument] {
        (arguments ?? []).filter { argument in
            argument.shouldDisplay && !(argument.names ?? []).contains { ["help", "version"].contains($0.name) }
        }
    }
}
