import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct ReviewStoreTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        path = dir.path("p.tunebench")
        let store = try ProjectStore.create(path: path, name: "t")
        try store.importForTest(try DatasetSamples.path(DatasetSamples.toy))
        try store.close()
    }

    @Test func reviewChangesCountsAndUndoSurvivesARestart() throws {
        var store = try ProjectStore.open(path: path)
        let ids = try store.examples().map(\.id)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        try store.applyReview(exampleID: ids[0], change: ReviewChange(status: .accepted, addTags: ["good"]), now: at)
        try store.applyReview(exampleID: ids[1], change: ReviewChange(status: .flagged, note: "too long"), now: at)
        #expect(try store.reviewCounts() == ReviewCounts(pending: 3, accepted: 1, rejected: 0, flagged: 1))
        try store.close()

        store = try ProjectStore.open(path: path)
        let undone = try store.undo(scope: .dataset)
        #expect(undone.review?.exampleID == ids[1] && undone.review?.after.status == .pending)
        #expect(try store.reviewCounts() == ReviewCounts(pending: 4, accepted: 1))
        try store.close()

        store = try ProjectStore.open(path: path)
        try store.redo(scope: .dataset)
        #expect(try store.reviewState(of: ids[1]).note == "too long")
        try store.undo(scope: .dataset)
        try store.undo(scope: .dataset)
        #expect(try store.reviewState(of: ids[0]) == .initial)
        #expect(throws: EditStoreError.nothingToUndo(.dataset)) { try store.undo(scope: .dataset) }
        #expect(try store.editHistory().map(\.state) == [.undone, .undone])
        #expect(try store.examples(status: .pending).count == 5)
    }

    @Test func undoRefusesWhenTheExampleChangedElsewhere() throws {
        let store = try ProjectStore.open(path: path)
        let id = try #require(try store.examples().first?.id)
        let first = try store.applyReview(exampleID: id, change: ReviewChange(status: .accepted))
        // Another writer changes the example directly, outside the log.
        try store.pool.write { db in try db.execute(sql: "UPDATE example SET status = 2") }
        #expect(throws: DatasetStoreError.changedElsewhere(id)) { try store.undo(scope: .dataset) }
        #expect(throws: DatasetStoreError.changedElsewhere(id)) {
            try store.applyReview(exampleID: id, change: ReviewChange(status: .flagged), expecting: first.review?.after)
        }
    }
}
