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
        #expect(edit.review?.editedText == true && edit.review?.exampleID == id)
        let stored = try store.exampleText(exampleID: id).text
        #expect(stored == #"{"messages":[{"role":"system","content":"You are a happy assistant."},{"role":"user","content":"Say something nice about me please"},{"role":"assistant","content":"You're great!"}]}"#)
        let after = try store.examples()
        #expect(after.map(\.id) == before.map(\.id))
        #expect(!after[3].warnings.contains("missing_user_message"))
        #expect(after[3].tokens != before[3].tokens)
        #expect(try store.exampleRevisions(exampleID: id) == [original, stored])

        let undone = try store.undo(scope: .dataset)
        #expect(undone.action == .undo && undone.review?.editedText == true && undone.review?.exampleID == id)
        #expect(try store.exampleText(exampleID: id).text == original)
        #expect(try store.examples() == before)
        try store.redo(scope: .dataset)
        #expect(try store.exampleText(exampleID: id).text == stored)
        #expect(try store.editHistory().map(\.state) == [.done])
    }

    @Test func anEditThatDuplicatesAnotherExampleIsFoundAsADuplicate() throws {
        let examples = try store.examples()
        let first = try store.exampleText(exampleID: examples[0].id).text
        let second = try store.exampleText(exampleID: examples[1].id).text
        try store.editExample(exampleID: examples[1].id, text: first, original: second)
        let after = try store.examples()
        #expect(after[1].warnings.contains("exact_duplicate"))
        try store.undo(scope: .dataset)
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
        #expect(try store.editHistory().isEmpty)
        #expect(try store.exampleRevisions(exampleID: id) == [original])
    }

    @Test func anUnchangedRecordStoresNothing() throws {
        let id = try store.examples()[0].id
        let original = try store.exampleText(exampleID: id).text
        let pretty = "{\n" + original.dropFirst()  // the same record, laid out differently
        #expect(try store.editExample(exampleID: id, text: String(pretty), original: original) == nil)
        #expect(try store.editHistory().isEmpty)
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
        #expect(throws: DatasetStoreError.changedElsewhere(id)) { try store.undo(scope: .dataset) }
    }

    @Test func theExactDuplicateGroupFollowsAnEditBothWaysAndUndo() throws {
        let examples = try store.examples()
        let ids = examples.map(\.id)
        func text(_ i: Int) throws -> String { try store.exampleText(exampleID: ids[i]).text }
        func exact() throws -> [Bool] { try store.examples().map { $0.warnings.contains("exact_duplicate") } }
        let first = try text(0)
        // Two copies of the first example: the later ones (by import order) are its duplicates.
        try store.editExample(exampleID: ids[1], text: first, original: try text(1))
        try store.editExample(exampleID: ids[2], text: first, original: try text(2))
        #expect(try exact() == [false, true, true, false, false])
        // The first one edited away: the next copy becomes the group's first, the edited one none.
        let edited = first.replacingOccurrences(of: "happy", with: "cheerful")
        try store.editExample(exampleID: ids[0], text: edited, original: first)
        #expect(try exact() == [false, false, true, false, false])
        // Edited into the group again (the stored text is the compact record): it is first by import order, so
        // the copy after it is a duplicate again.
        try store.editExample(exampleID: ids[0], text: first, original: try text(0))
        #expect(try exact() == [false, true, true, false, false])
        try store.undo(scope: .dataset)
        #expect(try exact() == [false, false, true, false, false])
        try store.undo(scope: .dataset)
        #expect(try exact() == [false, true, true, false, false])
        try store.undo(scope: .dataset)
        try store.undo(scope: .dataset)
        #expect(try store.examples() == examples)
        // After any order of edits, the findings equal a whole validation's, near duplicates apart (an edit
        // leaves those to the next validation: here the copy that stopped being an exact duplicate has the
        // edited example's words, the system prompt apart, so validation finds it a near duplicate).
        try store.redo(scope: .dataset)
        try store.redo(scope: .dataset)
        try store.redo(scope: .dataset)
        func findings() throws -> [String] {
            try store.examples().map { ($0.errors + $0.warnings.filter { $0 != "near_duplicate" }).joined(separator: ",") }
        }
        let incremental = try findings()
        // Each edit moved the example's row in `example_by_hash` with its content hash.
        #expect(try store.indexTableMismatches() == 0)
        #expect(try store.datasets().map(\.nearDuplicatesStale) == [true])
        _ = try store.validate(dataset: nil, settings: ValidationSettings())
        #expect(try findings() == incremental)
        #expect(try store.examples()[1].warnings.contains("near_duplicate"))
    }

    @Test func anEditMarksNearDuplicatesStaleUntilTheNextValidation() throws {
        #expect(try store.datasets().map(\.nearDuplicatesStale) == [false])
        let id = try store.examples()[0].id
        let original = try store.exampleText(exampleID: id).text
        try store.editExample(exampleID: id, text: original.replacingOccurrences(of: "bike", with: "horse"),
                              original: original)
        #expect(try store.datasets().map(\.nearDuplicatesStale) == [true])
        _ = try store.validate(dataset: nil, settings: ValidationSettings())
        #expect(try store.datasets().map(\.nearDuplicatesStale) == [false])
    }

    @Test func anEditThatChangesNeitherSketchNorDuplicatesLeavesNearDuplicatesFresh() throws {
        let id = try store.examples()[0].id
        let original = try store.exampleText(exampleID: id).text
        // A weight on the last assistant message: the record changes, its words (and so its sketch) do not.
        let record = try #require(original.range(of: #""role": "assistant","#, options: .backwards))
        let weighted = original.replacingCharacters(in: record, with: #""role": "assistant", "weight": 1,"#)
        try #require(try store.editExample(exampleID: id, text: weighted, original: original) != nil)
        #expect(try store.datasets().map(\.nearDuplicatesStale) == [false])
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
        try store.undo(scope: .dataset)
        #expect(try store.nextMatch(of: "Zanzibar", after: nil, forward: true) == nil)
        #expect(try store.matchPage(of: oldWord, after: nil).map(\.rowID).contains(rowID))
    }
}
