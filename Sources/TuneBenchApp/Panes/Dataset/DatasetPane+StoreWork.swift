import TuneBenchCore
import TuneBenchStore

/// The pane's store work as effects: review writes, undo and redo, search and the index catch-up, each a task
/// of the kind its order needs (``TaskKind``).
extension DatasetPane {
    static func writeReview(row: ExampleRow, status: ReviewStatus, sequence: Int) -> Effect {
        write(ReviewChange(status: status), to: row, sequence: sequence, saying: "\(verb(status)) #\(shortID(row.id))")
    }

    /// Writes a review change through the ordered queue and reports it as `saying (u to undo)` once stored.
    static func write(_ change: ReviewChange, to row: ExampleRow, sequence: Int, saying: String) -> Effect {
        .task(AppTask(title: "saving review", kind: .ordered) { environment, _ in
            let store = environment.store
            do {
                let edit = try store.applyReview(exampleID: row.id, dataset: row.dataset, change: change)
                return .dataset(.reviewStored(ReviewResult(
                    sequence: sequence, rowID: row.rowID, status: edit.after.status, tags: edit.after.tags,
                    message: StatusMessage("\(saying) (u to undo)"))))
            } catch {
                return .dataset(.reviewStored(ReviewResult(
                    sequence: sequence, rowID: row.rowID, status: nil,
                    message: StatusMessage("#\(shortID(row.id)) not saved: \(error)", kind: .error))))
            }
        })
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
            return [write(change, to: row, sequence: state.takeSequence(),
                          saying: "\(removing ? "untagged" : "tagged") #\(shortID(row.id)) \(tag)")]
        case .bulkTag:
            guard !trimmed.isEmpty else { return [] }
            return [DatasetBulkFlow.count(.tag(trimmed), filter: state.filter)]
        case .note:
            guard let row = state.selectedRow else { return [] }
            if state.detail?.row.rowID == row.rowID { state.detail?.note = text }
            return [write(ReviewChange(note: text), to: row, sequence: state.takeSequence(),
                          saying: "note saved on #\(shortID(row.id))")]
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

    static func undoOrRedo(undo: Bool, sequence: Int) -> Effect {
        .task(AppTask(title: undo ? "undoing review" : "redoing review", kind: .ordered) { environment, _ in
            let store = environment.store
            do {
                let edit = undo ? try store.undoReview() : try store.redoReview()
                let rowID = try store.rowID(of: edit.exampleID)
                let what = edit.count > 1 ? "\(edit.count) examples" : "#\(shortID(edit.exampleID))"
                let text: String
                if edit.editedText {
                    text = undo ? "undone: the edit of \(what) (Ctrl-R redo)" : "redone: the edit of \(what) (u to undo)"
                } else {
                    text = undo
                        ? "undone: \(what) back to \(edit.after.status.rawValue) (Ctrl-R redo)"
                        : "redone: \(what) \(verb(edit.after.status)) (u to undo)"
                }
                return .dataset(.reviewStored(ReviewResult(sequence: sequence, rowID: rowID, status: edit.after.status,
                                                           tags: edit.after.tags, message: StatusMessage(text), jump: true,
                                                           reread: edit.editedText || edit.count > 1)))
            } catch {
                return .dataset(.reviewStored(ReviewResult(sequence: sequence, rowID: nil, status: nil,
                                                           message: StatusMessage("\(error)", kind: .warning))))
            }
        })
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
