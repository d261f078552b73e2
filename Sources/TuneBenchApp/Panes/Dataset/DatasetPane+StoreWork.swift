import TuneBenchCore
import TuneBenchStore

/// The pane's store work as effects: review writes, undo and redo, search and the index catch-up, each a task
/// of the kind its order needs (``TaskKind``).
extension DatasetPane {
    static func writeReview(row: ExampleRow, status: ReviewStatus, sequence: Int) -> Effect {
        write(ReviewChange(status: status), to: row, sequence: sequence)
    }

    /// Asks the store for a review change of one example; the result reports it as `accepted #3f2a9c1e (u to
    /// undo)` once stored.
    static func write(_ change: ReviewChange, to row: ExampleRow, sequence: Int) -> Effect {
        .edit(EditEffect(.review(exampleID: row.id, dataset: row.dataset, change: change), from: id, tag: sequence))
    }

    /// What a stored (or refused) review change means for the list: which row, its status now, what to say.
    static func reviewResult(_ edit: EditResult, pending: [Int64: DatasetPaneState.PendingReview]) -> ReviewResult {
        let isUndoOrRedo = switch edit.request { case .undo, .redo: true; default: false }
        switch edit.outcome {
        case .failure(let failure):
            let rowID = pending.first { $0.value.sequence == edit.tag }?.key
            let message = isUndoOrRedo ? StatusMessage(failure.message, kind: .warning)
                : StatusMessage("not saved: \(failure.message)", kind: .error)
            return ReviewResult(sequence: edit.tag, rowID: rowID, status: nil, message: message)
        case .success(nil):
            let nothing: StatusMessage = if case .bulkReview(let action, let filter) = edit.request {
                DatasetBulkFlow.nothingMessage(action, filter: filter)
            } else {
                StatusMessage("nothing changed")
            }
            let rowID = pending.first { $0.value.sequence == edit.tag }?.key
            return ReviewResult(sequence: edit.tag, rowID: rowID, status: nil, message: nothing)
        case .success(let outcome?):
            guard case .review(let review) = outcome.edit else {
                return ReviewResult(sequence: edit.tag, rowID: nil, status: nil, message: edit.message(nothing: ""), reread: true)
            }
            let message: StatusMessage = if case .bulkReview(let action, _) = edit.request {
                DatasetBulkFlow.doneMessage(action, count: outcome.count)
            } else {
                edit.message(nothing: "")
            }
            return ReviewResult(sequence: edit.tag, rowID: outcome.recordID, status: review.after.status,
                                tags: review.after.tags, message: message, jump: isUndoOrRedo,
                                reread: review.editedText || outcome.count > 1)
        }
    }

    /// The review target a stored change (`:target`, or its undo) leaves, if that is what it changed.
    static func targetChange(_ edit: EditResult) -> Int?? {
        guard case .setting(let setting)? = edit.change?.edit, setting.key == DatasetTarget.settingKey else { return nil }
        return .some(setting.after.flatMap(Int.init))
    }

    /// What the status bar says about a changed target.
    static func targetMessage(_ edit: EditResult) -> StatusMessage? {
        guard let target = targetChange(edit), let outcome = edit.change else { return nil }
        let value = target.map { "\($0) accepted examples" } ?? "from the problem answered in Decision"
        let verb = switch outcome.action { case .apply: "target:"; case .undo: "undone: target back to"; case .redo: "redone: target" }
        return StatusMessage("\(verb) \(value) (\(outcome.action == .undo ? "Ctrl-R redo" : "u to undo; :target default drops it"))")
    }

    static func submitted(_ state: inout State, _ purpose: DatasetPrompt.Purpose, _ text: String, height: Int) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .search:
            state.search = trimmed.isEmpty ? nil : text
            state.ranked = nil
            guard !trimmed.isEmpty else { return [] }
            return [findMatch(text, after: state.selected, forward: true, state: state)]
        case .tag:
            guard let row = state.selectedRow, !trimmed.isEmpty else { return [] }
            let removing = trimmed.hasPrefix("-")
            let tag = removing ? String(trimmed.dropFirst()) : trimmed
            let change = removing ? ReviewChange(removeTags: [tag]) : ReviewChange(addTags: [tag])
            return [write(change, to: row, sequence: state.takeSequence())]
        case .bulkTag:
            guard !trimmed.isEmpty else { return [] }
            return [DatasetBulkFlow.count(.tag(trimmed), filter: state.filter)]
        case .note:
            guard let row = state.selectedRow else { return [] }
            if state.detail?.row.rowID == row.rowID { state.detail?.note = text }
            return [write(ReviewChange(note: text), to: row, sequence: state.takeSequence())]
        case .filter:
            guard case .success(let filter) = DatasetPromptFlow.parseFilter(text), filter != state.filter else { return [] }
            state.filter = filter
            state.cursorRow = 0
            return [requestPage(&state, anchor: state.selected.map(PageAnchor.around) ?? .first, height: height)]
        }
    }

    static func findMatch(_ text: String, after rowID: Int64?, forward: Bool, state: State) -> Effect {
        let filter = state.filter
        let scanning = state.searchIndex?.isCurrent == false ? " (search index not ready: the text was scanned)" : ""
        return .task(AppTask(title: "searching", kind: .ordered) { environment, _ in
            let store = environment.store
            let found = try store.nextMatch(of: text, after: rowID, forward: forward, filter: filter)
            return .dataset(.jumpFound(found, notFound: "no example contains \"\(text)\"\(scanning)", showMatch: true))
        })
    }

    /// Brings the search index up to date in the background after imports (small batches, so a review write
    /// waits at most one), with progress in the status bar; the header says when searches still scan text.
    static func catchUpSearchIndex(_ state: inout State) -> [Effect] {
        guard !state.isIndexing else { return [] }
        state.isIndexing = true
        return [.task(AppTask(title: "indexing for search", kind: .read) { environment, progress in
            let store = environment.store
            let before = try store.searchIndexStatus()
            if !before.isCurrent {
                _ = try store.buildSearchIndex(batchSize: 250) { done, total in progress.report(Double(done) / Double(max(1, total))) }
            }
            return .dataset(.searchIndexChecked(try store.searchIndexStatus()))
        })]
    }

    static func verb(_ status: ReviewStatus) -> String {
        switch status {
        case .accepted: "accepted"
        case .rejected: "rejected"
        case .flagged: "flagged"
        case .pending: "back to pending"
        }
    }

    /// The first 8 hex digits of an example id: enough to tell examples apart on a screen.
    static func shortID(_ id: String) -> String { String(id.prefix(8)) }
}
