import Foundation
import Testing
import TuneBenchTestSupport

/// The command tree as the real binary describes it (`--experimental-dump-help`), walked command by command.
struct DumpedCommand: Decodable {
    struct Argument: Decodable {
        struct Name: Decodable { var name: String }
        var kind: String
        var names: [Name]?
    }

    var commandName: String
    var shouldDisplay: Bool?
    var subcommands: [DumpedCommand]?
    var arguments: [Argument]?

    /// Every command a user can run (no subcommands of its own), with its full name, hidden ones and `help` left out.
    func leaves(path: [String] = []) -> [(name: String, command: DumpedCommand)] {
        let children = (subcommands ?? []).filter { ($0.shouldDisplay ?? true) && $0.commandName != "help" }
        if children.isEmpty { return [(path.joined(separator: " "), self)] }
        return children.flatMap { $0.leaves(path: path + [$0.commandName]) }
    }

    func hasOption(_ name: String) -> Bool {
        (arguments ?? []).contains { ($0.names ?? []).contains { $0.name == name } }
    }

    static func tree() throws -> DumpedCommand {
        struct Document: Decodable { var command: DumpedCommand }
        let dump = try CLI.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        return try JSONDecoder().decode(Document.self, from: Data(dump.stdout.utf8)).command
    }
}

@Suite struct CommandTreeTests {
    /// Commands that print no result a script would read, or give it another way; each with its reason.
    static let exemptFromJSON: [String: String] = [
        "open": "opens the terminal UI; prints nothing",
        "demo": "opens the terminal UI; --build-only prints one path",
        "report": "--format json is the report as JSON (docs/REPORT.md)",
    ]

    @Test func everyCommandThatPrintsAResultHasJSON() throws {
        let leaves = try DumpedCommand.tree().leaves()
        #expect(leaves.count > 25, "the walk found the commands")
        let missing = leaves.filter { !$0.command.hasOption("json") && Self.exemptFromJSON[$0.name] == nil }.map(\.name)
        #expect(missing.isEmpty, "commands without --json (add it, or list the command as exempt with a reason): \(missing)")
        // An exemption for a command that is gone, or that has --json by now, is stale.
        let names = Set(leaves.map(\.name))
        for (name, _) in Self.exemptFromJSON {
            #expect(names.contains(name), "exempt command \(name) no longer exists")
            #expect(leaves.first { $0.name == name }?.command.hasOption("json") == false, "\(name) has --json now")
        }
    }

    @Test func everyVisibleCommandIsInEveryCompletionScript() throws {
        let tree = try DumpedCommand.tree()
        func names(_ command: DumpedCommand) -> [String] {
            let children = (command.subcommands ?? []).filter { ($0.shouldDisplay ?? true) && $0.commandName != "help" }
            return children.map(\.commandName) + children.flatMap(names)
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try CLI.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            for name in Set(names(tree)) {
                #expect(script.stdout.contains(name), "\(shell) completion lacks \(name)")
            }
            #expect(!script.stdout.contains("generate-manual"), "\(shell) completion offers the hidden command")
        }
    }

    @Test func unknownCommandSuggestsTheNearestAndExitsTwo() throws {
        let dir = try TemporaryDirectory()
        let typo = try CLI.run(["improt", "a", "b"], currentDirectory: dir.path(""))
        #expect(typo.status == 2)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr == "tunebench: unknown command 'improt'; did you mean 'import'?\n")
        let nested = try CLI.run(["evals", "comapre", "p.tunebench"], currentDirectory: dir.path(""))
        #expect(nested.status == 2)
        #expect(nested.stderr.contains("unknown evals command 'comapre'; did you mean 'compare'?"))
        let nothingClose = try CLI.run(["zzzzzz"], currentDirectory: dir.path(""))
        #expect(nothingClose.status == 2)
        #expect(nothingClose.stderr.contains("unknown command 'zzzzzz' (one of: open, new,"))
        // A path still goes to `open`, which names the missing file.
        let missing = try CLI.run(["missing.tunebench"], currentDirectory: dir.path(""))
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.tunebench") && !missing.stderr.contains("unknown command"))
        // An existing file whose name looks like a command typo is a path too: `open` refuses it as no project.
        FileManager.default.createFile(atPath: dir.path("improt"), contents: Data("not sqlite".utf8))
        let file = try CLI.run(["improt"], currentDirectory: dir.path(""))
        #expect(file.status == 2)
        #expect(!file.stderr.contains("unknown command"))
        // Hostile text in the word is not echoed as a control sequence.
        let hostile = try CLI.run(["\u{1B}]52;c;aGk=\u{07}x"], currentDirectory: dir.path(""))
        #expect(hostile.status == 2)
        #expect(!hostile.stderr.contains("\u{1B}"))
    }
}
