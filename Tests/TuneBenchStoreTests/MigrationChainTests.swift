import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// A project written before the last migrations opens and is migrated: each migration runs against the schema
/// of its own time, not today's.
@Suite struct MigrationChainTests {
    @Test func anIndexedProjectFromBeforeTheCJKRunsAndEditFactsMigrationsOpens() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("old.tunebench")
        let file = dir.path("cjk.jsonl")
        let record = #"{"messages":[{"role":"user","content":"東京の天気は？"},{"role":"assistant","content":"晴れです。"}]}"#
        try Data((record + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let store = try ProjectStore.create(path: path, name: "old")
        _ = try store.importDataset(file: file, options: DatasetImportOptions(counter: EstimatedTokenCounter()))
        _ = try store.buildSearchIndex()
        try store.close()
        // Take the file back to the schema it had before `dataset-search-cjk-runs` and `example-edit-facts` (and
        // so before `example-index-tables`, which drops the index `example-edit-facts` made).
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                DROP TABLE example_cjk_runs;
                DROP TABLE example_by_key; DROP TABLE example_by_hash; DROP INDEX example_dataset;
                CREATE UNIQUE INDEX example_key ON example(dataset_id, key);
                ALTER TABLE dataset DROP COLUMN near_duplicates_stale;
                DELETE FROM grdb_migrations
                WHERE identifier IN ('dataset-search-cjk-runs', 'example-edit-facts', 'example-index-tables');
                """)
        }
        try queue.close()

        let reopened = try ProjectStore.open(path: path)
        defer { try? reopened.close() }
        #expect(try reopened.datasets().map(\.nearDuplicatesStale) == [false])
        #expect(try reopened.indexTableMismatches() == 0)
        // The migration filled the runs of the indexed example: a two-character CJK search finds it.
        #expect(try reopened.nextMatch(of: "東京", after: nil, forward: true) != nil)
    }

    @Test func aProjectFromBeforeTheAcceptedIndexGetsItAndTheAcceptedTokensQueryUsesIt() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("old.tunebench")
        let file = dir.path("d.jsonl")
        let record = #"{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}"#
        try Data((record + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let store = try ProjectStore.create(path: path, name: "old")
        _ = try store.importDataset(file: file, options: DatasetImportOptions(counter: EstimatedTokenCounter()))
        try store.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP INDEX example_accepted; DELETE FROM grdb_migrations WHERE identifier = 'example-accepted-index'")
        }
        try queue.close()

        let reopened = try ProjectStore.open(path: path)
        defer { try? reopened.close() }
        let plan = try reopened.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + ProjectStore.acceptedTokensSQL)
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("USING INDEX example_accepted"), "\(plan)")
        #expect(!plan.split(separator: "\n").contains { $0.hasSuffix("SCAN example") }, "no scan of the whole table: \(plan)")
    }
}
