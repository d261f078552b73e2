import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// Edits of an example's text: a new version with its facts derived again, undoable, never half-valid.
@Suite struct ExampleEditStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
        // The estimator, as imports count: an edit counts its text again with the dataset's counter.
        try store.importDataset(file: try DatasetSamples.path(DatasetSamples.toy),
                                options: DatasetImportOptions(counter: EstimatedTokenCounter()))
    }

    @Test func anEditReplacesTheTextAndItsFactsKeepsTheIdAndUndoPutsAllBack() throws {
        let before = try store.examples()
        let id = before[3].id  // the example without a user message
        let original = try store.exampleText(exampleID: id).text
        #expect(before[3].warnings.contains("missing_user_message"))
        let edited = """
            {
              "messages": [
                {"role": "system", "content": "You are a happy assistant."},
                {"role": "user", "content": "Say something nice about me please"},
                {"role": "assistant", "content": "You're great!"}
              ]
            }
            """
        let edit = try #require(try store.editExample(exampleID: id, text: edited, original: original))
        #expect(edit.editedText && edit.exampleID == id)
        let stored = try store.exampleText(exampleID: id).text
        #expect(stored == #"{"messages":[{"role":"system","content":"You are a happy assistant."},{"role":"user","content":"Say something nice about me please"},{"role":"assistant","content":"You're great!"}]}"#)
        let after = try store.examples()
        #expect(after.map(\.id) == before.map(\.id))
        #expect(!after[3].warnings.contains("missing_user_message"))
        #expect(after[3].tokens != before[3].tokens)
        #expect(try store.exampleRevisions(exampleID: id) == [original, stored])

        let undone = try store.undoReview()
        #expect(undone.editedText && undone.exampleID == id)
        #expect(try store.exampleText(exampleID: id).text == original)
        #expect(try store.examples() == before)
        try store.redoReview()
        #expect(try store.exampleText(exampleID: id).text == stored)
        #expect(try store.reviewLog().map(\.action) == [.apply, .undo, .redo])
    }

    @Test func anEditThatDuplicatesAnotherExampleIsFoundAsADuplicate() throws {
        let examples = try store.examples()
        let first = try store.exampleText(exampleID: examples[0].id).text
        let second = try store.exampleText(exampleID: examples[1].id).text
        try store.editExample(exampleID: examples[1].id, text: first, original: second)
        let after = try store.examples()
        #expect(after[1].warnings.contains("exact_duplicate"))
        try store.undoReview()
        #expect(try store.examples()[1].warnings == examples[1].warnings)
    }

    @Test func invalidOrMisshapenTextIsRefusedAndNothingIsStored() throws {
        let id = try store.examples()[0].id
        let original = try store.exampleText(exampleID: id).text
        #expect(throws: ExampleEditError.invalid(EditedRecordError(line: 2, column: 1, reason: "unexpected end of input"))) {
            try store.editExample(exampleID: id, text: "{\"messages\": \n", original: original)
        }
        #expect(throws: ExampleEditError.self) {
            try store.editExample(exampleID: id, text: "[1, 2]", original: original)
        }
        #expect(throws: ExampleEditError.self) {
            try store.editExample(exampleID: id, text: #"{"prompt": "a", "completion": "b"}"#, original: original)
        }
        #expect(try store.exampleText(exampleID: id).text == original)
        #expect(try store.reviewLog().isEmpty)
        #expect(try store.exampleRevisions(exampleID: id) == [original])
    }

    @Test func anUnchangedRecordStoresNothing() throws {
        let id = try store.examples()[0].id
        let original = try store.exampleText(exampleID: id).text
        let pretty = "{\n" + original.dropFirst()  // the same record, laid out differently
        #expect(try store.editExample(exampleID: id, text: String(pretty), original: original) == nil)
        #expect(try store.reviewLog().isEmpty)
    }

    @Test func editAndUndoRefuseWhenTheTextChangedElsewhere() throws {
        let id = try store.examples()[0].id
        let original = try store.exampleText(exampleID: id).text
        let edited = original.replacingOccurrences(of: "bike", with: "horse")
        #expect(throws: DatasetStoreError.changedElsewhere(id)) {
            try store.editExample(exampleID: id, text: edited, original: original + " ")
        }
        try store.editExample(exampleID: id, text: edited, original: original)
        // Another process edits the same example after this one.
        try store.pool.write { db in try db.execute(sql: "UPDATE example_text SET original = '{\"messages\":[]}'") }
        #expect(throws: DatasetStoreError.changedElsewhere(id)) { try store.undoReview() }
    }
}

/// An edit keeps the search index right: the old words stop matching, the new ones match, undo swaps back.
@Suite struct ExampleEditSearchTests {
    @Test func editsAndTheirUndoKeepTheSearchIndexRight() throws {
        let dir = try TemporaryDirectory()
        let store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
        try store.importDataset(file: try DatasetSamples.path(DatasetSamples.toy),
                                options: DatasetImportOptions(counter: EstimatedTokenCounter()))
        _ = try store.buildSearchIndex()
        let example = try store.examples()[0]
        let original = try store.exampleText(exampleID: example.id).text
        let edited = #"{"messages":[{"role":"user","content":"Where is Zanzibar?"},{"role":"assistant","content":"Off Tanzania."}]}"#
        let rowID = try #require(try store.rowID(of: example.id))
        let oldWord = "happy"  // in the toy file's first system prompt
        #expect(original.contains(oldWord))
        #expect(try store.nextMatch(of: "Zanzibar", after: nil, forward: true) == nil)
        try store.editExample(exampleID: example.id, text: edited, original: original)
        #expect(try store.nextMatch(of: "Zanzibar", after: nil, forward: true) == rowID)
        #expect(!(try store.matchPage(of: oldWord, after: nil).map(\.rowID).contains(rowID)))
        try store.undoReview()
        #expect(try store.nextMatch(of: "Zanzibar", after: nil, forward: true) == nil)
        #expect(try store.matchPage(of: oldWord, after: nil).map(\.rowID).contains(rowID))
    }
}
