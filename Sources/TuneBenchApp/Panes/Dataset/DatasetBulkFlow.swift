import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// Bulk review on the current filter (`B` opens the menu; each action also runs from `:` by name): count what
/// would change, ask with the count, then store it through the ordered queue as one step of undo.
enum DatasetBulkFlow {
    /// The menu overlay's keys.
    static var menuBindings: [AppBinding] {
        let scope = DatasetOverlay.bulkScope
        return [
            AppBinding([.character("a")], .dataset(.bulk(.acceptValid)), scope: scope, group: "Bulk",
                       help: "accept every valid pending example of the filter"),
            AppBinding([.character("d")], .dataset(.bulk(.rejectDuplicates)), scope: scope, group: "Bulk",
                       help: "reject the filter's duplicates, keeping the first of each group"),
            AppBinding([.character("t")], .dataset(.openPrompt(.bulkTag)), scope: scope, group: "Bulk",
                       help: "tag every example of the filter"),
            AppBinding([.escape, .character("q")], .closeOverlay, scope: scope, group: "Bulk", help: "cancel"),
        ]
    }

    /// Counts the examples the action would change, for the question.
    static func count(_ action: BulkReviewAction, filter: ExampleFilter) -> Effect {
        .task(AppTask(title: "counting examples", kind: .ordered) { environment, _ in
            .dataset(.bulkCounted(action, filter, try environment.store.bulkReviewCount(action, filter: filter)))
        })
    }

    /// The confirmation, stating the count; nil when nothing qualifies.
    static func question(_ action: BulkReviewAction, filter: ExampleFilter, count: Int) -> DatasetQuestion? {
        guard count > 0 else { return nil }
        let scope = filter.isEmpty ? "" : " (filter: \(filter.label))"
        let text = switch action {
        case .acceptValid: "Accept \(count) valid pending \(examples(count))\(scope)?"
        case .rejectDuplicates: "Reject \(count) \(count == 1 ? "duplicate" : "duplicates") (the first of each group stays)\(scope)?"
        case .tag(let tag): "Tag \(count) \(examples(count)) \"\(tag)\"\(scope)?"
        }
        return DatasetQuestion(text: text, yes: .bulkConfirmed(action, filter))
    }

    /// Says why nothing was asked.
    static func nothingMessage(_ action: BulkReviewAction, filter: ExampleFilter) -> StatusMessage {
        let what = switch action {
        case .acceptValid: "no valid pending example"
        case .rejectDuplicates: "no duplicate to reject"
        case .tag(let tag): "every example is tagged \"\(tag)\" already"
        }
        return StatusMessage(filter.isEmpty ? what : "\(what) in the filter \(filter.label)", kind: .warning)
    }

    /// Asks the store for the change; the list, the detail and the counts are read again afterwards.
    static func apply(_ action: BulkReviewAction, filter: ExampleFilter, sequence: Int) -> Effect {
        .edit(EditEffect(.bulkReview(action, filter: filter), from: DatasetPane.id, tag: sequence))
    }

    /// What the status bar says once a bulk change is stored.
    static func doneMessage(_ action: BulkReviewAction, count: Int) -> StatusMessage {
        let done = switch action {
        case .acceptValid: "accepted"
        case .rejectDuplicates: "rejected"
        case .tag(let tag): "tagged \"\(tag)\""
        }
        return StatusMessage("\(done) \(count) \(examples(count)) (u to undo)")
    }

    private static func examples(_ count: Int) -> String { count == 1 ? "example" : "examples" }
}

/// The bulk menu on the bottom row.
struct DatasetBulkMenuView {
    func render(in row: Rect, into grid: inout Grid) {
        grid.fill(row)
        var spans = [Span(" bulk, on the filter: ", Style(.warning, attributes: .bold))]
        for (key, word) in [("a", "accept valid"), ("d", "reject duplicates"), ("t", "tag all"), ("Esc", "cancel")] {
            spans += [Span(key, Style(.accent)), Span(" \(word)  ", Style(.muted))]
        }
        grid.write(Line(spans), x: row.x, y: row.y, maxWidth: row.width)
    }
}
