import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `--scope dataset|evals|decision|cost`: which pane's changes an undo, redo or history covers.
struct EditScopeOption: ParsableArguments {
    @Option(help: "Only the changes of one pane: \(EditScope.allCases.map(\.rawValue).joined(separator: ", ")) (default: all).")
    var scope: EditScope?
}

extension EditScope: ExpressibleByArgument {}

/// `tunebench undo PATH [--scope S]`: undoes the last change (the same step `u` takes in the pane).
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo the last change made to the project (any pane's, or one scope's).",
        discussion: "Changes are logged with their inverse, so undo works across sessions and from the TUI alike.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @OptionGroup var scope: EditScopeOption

    @Flag(help: "Print {\"action\", \"seq\", \"scope\", \"kind\", \"description\", \"count\", \"review\"}.")
    var json = false

    func run() throws { try step(path, scope: scope.scope, json: json) { try $0.undo(scope: $1) } }
}

/// `tunebench redo PATH [--scope S]`: applies again the change undone last.
struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: "Redo the change undone last (any pane's, or one scope's).")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @OptionGroup var scope: EditScopeOption

    @Flag(help: "Print {\"action\", \"seq\", \"scope\", \"kind\", \"description\", \"count\", \"review\"}.")
    var json = false

    func run() throws { try step(path, scope: scope.scope, json: json) { try $0.redo(scope: $1) } }
}

/// Runs one undo or redo on the project and prints what it did (refusals are input errors, exit 2).
private func step(_ path: String, scope: EditScope?, json: Bool,
                  _ body: (ProjectStore, EditScope?) throws -> EditOutcome) throws {
    let store = try openProjectForChange(path)
    let outcome = try datasetOperation { try body(store, scope) }
    if json {
        try printJSON(EditOutcomeJSON(outcome))
    } else {
        print(TerminalSafe.text(outcome.description))
    }
}

/// `tunebench history PATH [--scope S] [--limit N] [--json]`: the changes made, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the changes made to the project, newest first, with whether each is in force.",
        discussion: "State: done (u would undo it when it is the newest), undone (Ctrl-R / redo applies it again), discarded (undone, then replaced by a later change).")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @OptionGroup var scope: EditScopeOption

    @Option(help: "At most this many changes.")
    var limit: Int?

    @Flag(help: "Print JSON: one object per change with seq, at, scope, kind, description, state, count.")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try openProject(path)
        let entries = try store.editHistory(scope: scope.scope, limit: limit)
        if json {
            try printJSON(entries.map(HistoryEntryJSON.init))
            return
        }
        if entries.isEmpty {
            print("no changes yet")
            return
        }
        let formatter = ISO8601DateFormatter()
        for entry in entries {
            let line = "\(entry.sequence)  \(formatter.string(from: entry.at))  \(entry.edit.scope.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  \(entry.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))  \(entry.description)"
            print(TerminalSafe.text(line))
        }
    }
}

/// One change as `history --json` prints it.
private struct HistoryEntryJSON: Encodable {
    var seq: Int64
    var at: String
    var scope: String
    var kind: String
    var description: String
    var state: String
    var count: Int

    init(_ entry: EditLogEntry) {
        seq = entry.sequence
        at = ISO8601DateFormatter().string(from: entry.at)
        scope = entry.edit.scope.rawValue
        kind = entry.edit.kind
        description = entry.description
        state = entry.state.rawValue
        count = entry.count
    }
}
