import Foundation
import Testing
import TuneBenchApp
import TuneBenchTestSupport

/// The CLI and the TUI's `:` commands take each job's options from one description (`Jobs.descriptions`): this
/// fails when a flag is added to one front end and not the other, or when the CLI's help says something else.
struct JobOptionDriftTests {
    /// The CLI's own account of its options (`--experimental-dump-help`), by subcommand: long name → help.
    static func commandLineOptions() throws -> [String: [String: String]] {
        let result = try CLI.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        var byCommand: [String: [String: String]] = [:]
        // Nested commands (`tune plan`) are keyed by their words joined with spaces.
        func walk(_ subcommands: [[String: Any]], prefix: String) {
            for sub in subcommands {
                guard let name = sub["commandName"] as? String else { continue }
                let key = prefix.isEmpty ? name : "\(prefix) \(name)"
                var options: [String: String] = [:]
                for argument in sub["arguments"] as? [[String: Any]] ?? [] {
                    let names = (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }
                    guard let long = names.first?["name"] as? String, !["help", "version"].contains(long) else { continue }
                    options[long] = argument["abstract"] as? String ?? ""
                }
                byCommand[key] = options
                walk(sub["subcommands"] as? [[String: Any]] ?? [], prefix: key)
            }
        }
        walk(command["subcommands"] as? [[String: Any]] ?? [], prefix: "")
        return byCommand
    }

    @Test(arguments: Jobs.descriptions.map(\.command))
    func theCommandLineTakesExactlyTheSharedOptions(command: String) throws {
        let description = try #require(Jobs.descriptions.first { $0.command == command })
        let cli = try #require(try Self.commandLineOptions()[command], "no subcommand \(command)")
        let shared = Set(description.options.map(\.name))
        #expect(Set(cli.keys) == shared.union(description.commandLineOnly.keys),
                "CLI only: \(Set(cli.keys).subtracting(shared).subtracting(description.commandLineOnly.keys).sorted()); TUI only: \(shared.subtracting(cli.keys).sorted())")
        for option in description.options { #expect(cli[option.name] == option.help, "--\(option.name) help differs") }
    }

    @Test(arguments: Jobs.descriptions.map(\.command))
    func theTUIReadsEveryOptionTheCLITakes(command: String) throws {
        let description = try #require(Jobs.descriptions.first { $0.command == command })
        var words = description.operand == nil ? [] : ["file.jsonl"]
        for option in description.options {
            words.append("--\(option.name)")
            if option.value != nil { words.append(Self.sample(option.name)) }
        }
        let parsed = try description.parse(words, as: command).get()
        #expect(Set(parsed.values.keys).union(parsed.flags) == Set(description.options.map(\.name)))
    }

    /// A value each option accepts.
    static func sample(_ option: String) -> String {
        switch option {
        case "token-limit", "seed": "100"
        case "epochs": "3"
        case "for": "openai"
        case "json-output": "true"
        case "near-threshold", "split": "0.5"
        case "status": "accepted"
        case "format": "openai-chat"
        default: "x"
        }
    }
}
