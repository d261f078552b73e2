import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench review`: `review PATH ID --accept|...` (the default, `review set`) and `review stats PATH`.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Set an example's review status, tags and note (undoable); or see your review pace (stats).",
        discussion: "`tunebench review PATH ID --accept` is `tunebench review set PATH ID --accept`.",
        subcommands: [ReviewSetCommand.self, ReviewStatsCommand.self],
        defaultSubcommand: ReviewSetCommand.self)
}

/// `tunebench review [set] PATH ID --accept|--reject|--flag|--pending`: records a review decision (undoable).
struct ReviewSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set an example's review status, tags and note; or undo/redo the last review change.",
        discussion: "Every change is logged with its inverse, so --undo works across sessions.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "The example id (as `tunebench examples` shows it).")
    var id: String?

    @Flag(exclusivity: .exclusive, help: "The new status.")
    var status: StatusFlag?

    @Option(name: .customLong("tag"), help: "Add a tag (repeatable).")
    var tags: [String] = []

    @Option(name: .customLong("untag"), help: "Remove a tag (repeatable).")
    var untags: [String] = []

    @Option(help: "Replace the note.")
    var note: String?

    @Option(help: "The dataset, when the id is in several.", completion: ProjectCompletion.datasets)
    var dataset: String?

    @Flag(help: "Undo the last change of the Dataset pane's scope (`tunebench undo` undoes any).")
    var undo = false

    @Flag(help: "Redo the last undone review change.")
    var redo = false

    @Flag(help: "Print {\"action\", \"seq\", \"scope\", \"kind\", \"description\", \"count\", \"review\": {\"id\", \"before\", \"after\", \"tags\", \"note\"}}.")
    var json = false

    enum StatusFlag: String, EnumerableFlag {
        case accept, reject, flag, pending
        var status: ReviewStatus {
            switch self {
            case .accept: .accepted
            case .reject: .rejected
            case .flag: .flagged
            case .pending: .pending
            }
        }
    }

    func validate() throws {
        if undo || redo {
            guard id == nil, status == nil, tags.isEmpty, untags.isEmpty, note == nil, !(undo && redo) else {
                throw ValidationError("--undo and --redo take no id and no change")
            }
        } else {
            guard id != nil else { throw ValidationError("give an example id (or --undo / --redo)") }
            guard status != nil || !tags.isEmpty || !untags.isEmpty || note != nil else {
                throw ValidationError("give --accept, --reject, --flag, --pending, --tag, --untag or --note")
            }
        }
    }

    func run() throws {
        let store = try openProjectForChange(path)
        let outcome = try datasetOperation { () -> EditOutcome in
            if undo { return try store.undo(scope: .dataset) }
            if redo { return try store.redo(scope: .dataset) }
            let change = ReviewChange(status: status?.status, addTags: tags, removeTags: untags, note: note)
            return try store.applyReview(exampleID: id!, dataset: dataset, change: change)
        }
        if json {
            try printJSON(EditOutcomeJSON(outcome))
            return
        }
        // The Dataset pane's `:target` is a change of the same scope: say it in words.
        guard case .review(let edit) = outcome.edit else {
            print(TerminalSafe.text(outcome.description))
            return
        }
        let verb = undo ? "undone: " : redo ? "redone: " : ""
        // An edit made in the browser's $EDITOR, or a bulk change there, is one step of the same log.
        let what = edit.editedText ? " (the record's text)" : outcome.count > 1 ? " (and \(outcome.count - 1) more examples)" : ""
        var line = "\(verb)\(edit.exampleID) \(edit.before.status.rawValue) -> \(edit.after.status.rawValue)\(what)"
        if !edit.after.tags.isEmpty { line += " tags \(TerminalSafe.text(edit.after.tags.joined(separator: ",")))" }
        if !edit.after.note.isEmpty { line += " note \"\(TerminalSafe.text(edit.after.note))\"" }
        print(line)
    }
}
