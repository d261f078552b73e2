import Foundation
import Testing
import TuneBenchCore

@Suite struct UndoHistoryTests {
    private let edit = ReviewEdit(exampleID: "e", before: .initial, after: ReviewState(status: .accepted))

    @Test func replayGivesTheStacks() {
        var history = UndoHistory(replaying: [
            ReviewLogEntry(sequence: 1, action: .apply, edit: edit),
            ReviewLogEntry(sequence: 2, action: .apply, edit: edit),
            ReviewLogEntry(sequence: 3, action: .undo, edit: edit.inverse, target: 2),
        ])
        #expect(history.undoStack == [1])
        #expect(history.redoStack == [2])
        history.record(ReviewLogEntry(sequence: 4, action: .redo, edit: edit, target: 2))
        #expect(history.undoStack == [1, 2])
        #expect(history.redoStack.isEmpty)
        history.record(ReviewLogEntry(sequence: 5, action: .undo, edit: edit.inverse, target: 2))
        history.record(ReviewLogEntry(sequence: 6, action: .apply, edit: edit))
        #expect(history.undoStack == [1, 6])
        #expect(history.redoStack.isEmpty, "a new change drops the redo stack")
    }

    @Test func changesApplyTagsNoteAndTime() {
        let at = Date(timeIntervalSince1970: 1000)
        let state = ReviewChange(status: .flagged, addTags: ["tone", "tone", "len"], note: "check").applied(to: .initial, at: at)
        #expect(state == ReviewState(status: .flagged, tags: ["tone", "len"], note: "check", reviewedAt: at))
        let removed = ReviewChange(removeTags: ["tone"]).applied(to: state, at: at)
        #expect(removed.tags == ["len"] && removed.status == .flagged)
        #expect(edit.inverse.inverse == edit)
    }
}
