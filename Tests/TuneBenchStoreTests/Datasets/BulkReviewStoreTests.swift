import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// Bulk review actions on a filter: the right examples, one step of undo.
@Suite struct BulkReviewStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore
    let ids: [String]

    /// Six examples: 0 valid, 1 a copy of 0, 2 with an empty reply (an error), 3 valid, 4 a copy of 3, 5 valid.
    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
        func chat(_ user: String, _ reply: String) -> String {
            #"{"messages":[{"role":"user","content":"\#(user)"},{"role":"assistant","content":"\#(reply)"}]}"#
        }
        let records = [chat("one two three four", "a"), chat("one two three four", "a"), chat("empty reply", ""),
                       chat("five six seven eight", "b"), chat("five six seven eight", "b"), chat("nine ten", "c")]
        let file = dir.path("d.jsonl")
        try write(records.joined(separator: "\n") + "\n", to: file)
        try store.importForTest(file)
        ids = try store.examples().map(\.id)
    }

    func statuses() throws -> [ReviewStatus] { try store.examples().map(\.status) }

    @Test func acceptValidTakesPendingExamplesWithoutErrorsAndUndoesInOneStep() throws {
        try store.applyReview(exampleID: ids[5], change: ReviewChange(status: .rejected))
        #expect(try store.bulkReviewCount(.acceptValid, filter: ExampleFilter()) == 4)
        let edit = try #require(try store.applyBulkReview(.acceptValid, filter: ExampleFilter()))
        #expect(edit.count == 4 && edit.review?.exampleID == ids[0])
        #expect(try statuses() == [.accepted, .accepted, .pending, .accepted, .accepted, .rejected])
        #expect(try store.reviewCounts() == ReviewCounts(pending: 1, accepted: 4, rejected: 1))

        let undone = try store.undo(scope: .dataset)
        #expect(undone.count == 4)
        #expect(try statuses() == [.pending, .pending, .pending, .pending, .pending, .rejected])
        try store.redo(scope: .dataset)
        #expect(try statuses() == [.accepted, .accepted, .pending, .accepted, .accepted, .rejected])
        try store.undo(scope: .dataset)
        try store.undo(scope: .dataset)  // then the single decision before it
        #expect(try statuses() == Array(repeating: .pending, count: 6))
        #expect(throws: EditStoreError.nothingToUndo(.dataset)) { try store.undo(scope: .dataset) }
    }

    @Test func rejectDuplicatesKeepsTheFirstOfEachGroup() throws {
        #expect(try store.bulkReviewCount(.rejectDuplicates, filter: ExampleFilter()) == 2)
        try store.applyBulkReview(.rejectDuplicates, filter: ExampleFilter())
        #expect(try statuses() == [.pending, .rejected, .pending, .pending, .rejected, .pending])
        #expect(try store.bulkReviewCount(.rejectDuplicates, filter: ExampleFilter()) == 0)
    }

    @Test func theFilterBoundsEveryAction() throws {
        try store.applyReview(exampleID: ids[4], change: ReviewChange(addTags: ["late"]))
        try store.applyReview(exampleID: ids[1], change: ReviewChange(addTags: ["late"]))
        let late = ExampleFilter(tag: "late")
        #expect(try store.bulkReviewCount(.acceptValid, filter: late) == 2)
        try store.applyBulkReview(.rejectDuplicates, filter: late)
        #expect(try statuses() == [.pending, .rejected, .pending, .pending, .rejected, .pending])
        #expect(try store.bulkReviewCount(.tag("seen"), filter: ExampleFilter(status: .pending)) == 4)
        try store.applyBulkReview(.tag("seen"), filter: ExampleFilter(status: .pending))
        #expect(try store.examples(status: .pending).count == 4)
        #expect(try store.bulkReviewCount(.tag("seen"), filter: ExampleFilter()) == 2)
        #expect(try store.applyBulkReview(.acceptValid, filter: ExampleFilter(status: .rejected)) == nil)
    }
}
