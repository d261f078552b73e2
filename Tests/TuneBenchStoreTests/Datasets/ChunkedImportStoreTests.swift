import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// An import commits a batch at a time: another connection reads and writes between batches, and never sees the
/// dataset before it is complete.
@Suite struct ChunkedImportStoreTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        path = dir.path("p.tunebench")
        let store = try ProjectStore.create(path: path, name: "t")
        try store.importForTest(try DatasetSamples.path(DatasetSamples.toy), name: "base")
        try store.close()
    }

    /// A chat JSONL file of `count` distinct records, several import batches long.
    private func bigFile(lines count: Int) throws -> String {
        let file = dir.path("big.jsonl")
        var text = ""
        for index in 0..<count {
            text += #"{"messages":[{"role":"user","content":"Question \#(index) about the schema"},{"role":"assistant","content":"query { item(id: \#(index)) { name } }"}]}"# + "\n"
        }
        try write(text, to: file)
        return file
    }

    /// The rows stored for the dataset called `name`, complete or not, read past the store.
    private func rawExamples(named name: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM example JOIN dataset ON dataset.id = example.dataset_id WHERE dataset.name = ?",
                             arguments: [name]) ?? 0
        }
    }

    @Test func anotherConnectionReviewsBetweenBatchesAndNeverSeesThePartDataset() throws {
        let lines = ImportPipeline.batchRecords * 3 + 100
        let file = try bigFile(lines: lines)
        let importer = try ProjectStore.open(path: path)
        let other = try ProjectStore.open(path: path)
        let baseIDs = try other.examples(dataset: "base").map(\.id)
        let baseCount = baseIDs.count
        var checks = 0
        var seenPartly = false
        // The progress callback runs after each batch's commit, on the importing thread: a review written from
        // there by the other connection would wait out the busy timeout and fail if the import held the lock.
        let report = try importer.importDataset(file: file, options: DatasetImportOptions(counter: WordCounter(), datasetName: "big")) { progress in
            do {
                let stored = try rawExamples(named: "big")
                if stored > 0 && stored < lines { seenPartly = true }
                #expect(try other.datasets().map(\.name) == ["base"])
                #expect(try other.examples().count == baseCount)
                #expect(try other.recordCounts()["examples"] == baseCount)
                #expect(try other.reviewCounts().total == baseCount)
                #expect(throws: DatasetStoreError.noSuchDataset("big")) { try other.examples(dataset: "big") }
                let id = baseIDs[checks % baseCount]
                let status: ReviewStatus = checks % 2 == 0 ? .accepted : .rejected
                try other.applyReview(exampleID: id, change: ReviewChange(status: status))
                #expect(try other.reviewState(of: id).status == status)
                checks += 1
            } catch {
                Issue.record("the other connection failed during the import: \(error)")
            }
        }
        #expect(report.imported == lines)
        #expect(checks >= 3)
        #expect(seenPartly, "no batch was committed before the end: the import is one transaction")
        #expect(try other.datasets().map(\.name) == ["base", "big"])
        #expect(try other.examples(dataset: "big").count == lines)
        #expect(try other.datasets().first { $0.name == "big" }?.examples == lines)
        try importer.close()
        try other.close()
    }

    @Test func aDeadImportsLeftoversAreHiddenAndRemovedByTheNextImport() throws {
        let file = try bigFile(lines: 50)
        // What a kill -9 leaves: an incomplete dataset whose importer no longer runs (pid 0 is never a process's).
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO dataset (name, format, token_counter, tokens_exact, checked_json_output, created_at, complete, importer, example_count)
                VALUES ('big', 'openai-chat', 'test-words', 0, 0, 0, 0, 'gone:999999999:1', 1)
                """)
            try db.execute(sql: "INSERT INTO example (dataset_id, key, line, message_count, total_tokens, assistant_tokens, content_hash, sketch) VALUES (?, 1, 1, 1, 1, 1, 1, x'00')",
                           arguments: [db.lastInsertedRowID])
        }
        try queue.close()
        let store = try ProjectStore.open(path: path)
        #expect(try store.datasets().map(\.name) == ["base"])
        #expect(try store.interruptedImports() == 1)
        let report = try store.importForTest(file, name: "big")
        #expect(report.imported == 50)
        #expect(try store.interruptedImports() == 0)
        #expect(try store.examples(dataset: "big").count == 50)
        #expect(try rawExamples(named: "big") == 50)
        try store.close()
    }

    @Test func aRunningImportIsNotTakenForADeadOne() throws {
        #expect(ImporterIdentity.current.isAlive)
        #expect(ImporterIdentity(recorded: ImporterIdentity.current.recorded) == ImporterIdentity.current)
        #expect(ImporterIdentity(recorded: "x:999999999:1")?.isAlive == false)
        #expect(ImporterIdentity(recorded: "nonsense") == nil)
    }

    @Test func aFailedImportLeavesNothing() throws {
        let file = dir.path("bad.jsonl")
        try write("not json\n{\"also\": \n", to: file)
        let store = try ProjectStore.open(path: path)
        #expect(throws: DatasetStoreError.self) { try store.importForTest(file, name: "bad", format: .openaiChat) }
        #expect(try rawExamples(named: "bad") == 0)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM dataset WHERE NOT complete") } == 0)
        try queue.close()
        try store.close()
    }
}
