import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// `example_by_key` and `example_by_hash`, filled in key order at the end of an import: every example once, the
/// stable ids the unique index used to give, the same tables whatever the slices, and kept right afterwards.
@Suite struct ExampleIndexTablesStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
    }

    private func line(_ answer: String) -> String {
        #"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"\#(answer)"}]}"#
    }

    /// The examples' (id, key) in file order and both tables' rows in their own order.
    private func tables() throws -> (keys: [[Int64]], byKey: [[Int64]], byHash: [[Int64]]) {
        try store.pool.read { db in
            func rows(_ sql: String) throws -> [[Int64]] { try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { row[$0] } } }
            return (try rows("SELECT id, key FROM example ORDER BY id"),
                    try rows("SELECT dataset_id, key, id FROM example_by_key ORDER BY dataset_id, key"),
                    try rows("SELECT dataset_id, content_hash, id FROM example_by_hash ORDER BY dataset_id, content_hash, id"))
        }
    }

    @Test func theNthRepeatOfAnIdenticalRecordTakesHashOfItsIdAndN() throws {
        let path = dir.path("repeats.jsonl")
        try write([line("a"), line("b"), line("a"), line("a"), line("b")].joined(separator: "\n") + "\n", to: path)
        try store.importForTest(path)
        let keys = try store.pool.read { db in try Int64.fetchAll(db, sql: "SELECT key FROM example ORDER BY id") }.map { UInt64(bitPattern: $0) }
        #expect(keys.count == 5 && Set(keys).count == 5)
        #expect(keys[2] == StableHash.combine(keys[0], 2) && keys[3] == StableHash.combine(keys[0], 3))
        #expect(keys[4] == StableHash.combine(keys[1], 2))
        #expect(try store.indexTableMismatches() == 0)
        // A review by stable id finds each through `example_by_key`.
        for key in keys { #expect(try store.pool.read { db in try ProjectStore.exampleRowID(db, key: StableHash.hex(key), dataset: nil) } > 0) }
    }

    @Test func slicesOfTheKeySpaceGiveTheTablesOfOneSort() throws {
        var random = SeededRandom(seed: 7)
        let lines = (0..<400).map { _ in line("w\(Int.random(in: 0..<150, using: &random))") }
        let path = dir.path("d.jsonl")
        try write(lines.joined(separator: "\n") + "\n", to: path)
        try store.importForTest(path)
        #expect(try store.indexTableMismatches() == 0)
        let once = try tables()
        #expect(once.keys.count == 400 && Set(once.keys.map { $0[1] }).count == 400)
        for keysInMemory in [3, 41, 1_000] {
            // Back to the state the last batch left: no index rows, every repeat holding its first one's id.
            try store.pool.write { db in
                try db.execute(sql: """
                    DELETE FROM example_by_key; DELETE FROM example_by_hash;
                    UPDATE example SET key = (
                        SELECT first.key FROM example first JOIN example_text t ON t.id = first.id
                        WHERE t.original = (SELECT original FROM example_text WHERE id = example.id) ORDER BY first.id LIMIT 1);
                    """)
            }
            try store.pool.writeWithoutTransaction { db in
                try ProjectStore.indexImportedExamples(of: 1, db: db, keysInMemory: keysInMemory)
            }
            let sliced = try tables()
            #expect(sliced.keys == once.keys && sliced.byKey == once.byKey && sliced.byHash == once.byHash,
                    "\(keysInMemory) keys in memory")
        }
    }

    @Test func removingAnInterruptedImportRemovesItsIndexRows() throws {
        let path = dir.path("d.jsonl")
        try write((0..<30).map { line("a\($0 % 20)") }.joined(separator: "\n") + "\n", to: path)
        try store.importForTest(path, name: "kept")
        try store.importForTest(path, name: "killed")
        // As a kill -9 during the index build leaves it: incomplete, its importer gone.
        try store.pool.write { db in try db.execute(sql: "UPDATE dataset SET complete = 0, importer = NULL WHERE name = 'killed'") }
        #expect(try store.removeInterruptedImports() == 1)
        #expect(try store.indexTableMismatches() == 0)
        let datasets = try store.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT DISTINCT dataset_id FROM example_by_key UNION SELECT DISTINCT dataset_id FROM example_by_hash")
        }
        #expect(datasets == [1])
    }

    @Test func aProjectFromBeforeTheIndexTablesGetsThemFilledAndLosesTheRandomIndexes() throws {
        let path = dir.path("old.tunebench")
        let file = dir.path("d.jsonl")
        try write([line("a"), line("b"), line("a")].joined(separator: "\n") + "\n", to: file)
        let old = try ProjectStore.create(path: path, name: "old")
        try old.importForTest(file)
        try old.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                DROP TABLE example_by_key; DROP TABLE example_by_hash; DROP INDEX example_dataset;
                CREATE UNIQUE INDEX example_key ON example(dataset_id, key);
                CREATE INDEX example_content_hash ON example(dataset_id, content_hash);
                DELETE FROM grdb_migrations WHERE identifier = 'example-index-tables';
                """)
        }
        try queue.close()

        let reopened = try ProjectStore.open(path: path)
        defer { try? reopened.close() }
        #expect(try reopened.indexTableMismatches() == 0)
        let (indexes, plan) = try reopened.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'example' AND sql IS NOT NULL ORDER BY name"),
             try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT example_by_key.id, dataset.name FROM dataset CROSS JOIN example_by_key
                ON example_by_key.dataset_id = dataset.id WHERE dataset.complete AND example_by_key.key = 1
                """).map { $0["detail"] as String }.joined(separator: "\n"))
        }
        #expect(indexes == ["example_accepted", "example_dataset"])
        #expect(plan.contains("SEARCH example_by_key USING PRIMARY KEY (dataset_id=? AND key=?)"), "\(plan)")
        #expect(try reopened.examples().count == 3)
    }
}
