import TuneBenchCore
import TuneBenchStore

/// What `review --json`, `undo --json` and `redo --json` print: `{"action": "apply"|"undo"|"redo", "seq",
/// "scope", "kind", "description", "count", "review"}`; `review` is `{"id", "before", "after", "tags", "note"}`
/// for a review change (statuses before and after; tags and note after), else null.
struct EditOutcomeJSON: Encodable {
    struct Review: Encodable {
        var id: String
        var before: String
        var after: String
        var tags: [String]
        var note: String
    }

    var action: String
    var seq: Int64
    var scope: String
    var kind: String
    var description: String
    var count: Int
    @NullEncoded var review: Review?

    init(_ outcome: EditOutcome) {
        action = outcome.action.rawValue
        seq = outcome.sequence
        scope = outcome.edit.scope.rawValue
        kind = outcome.edit.kind
        description = outcome.description
        count = outcome.count
        if case .review(let edit) = outcome.edit {
            review = Review(id: edit.exampleID, before: edit.before.status.rawValue,
                            after: edit.after.status.rawValue, tags: edit.after.tags, note: edit.after.note)
        } else {
            review = nil
        }
    }
}
