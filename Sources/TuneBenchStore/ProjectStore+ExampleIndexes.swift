import Foundation
import GRDB
import GRDBSQLite
import TuneBenchCore

/// One example's key in an index table (its stable id or its content hash) and its rowid, in the tables' order.
struct KeyedRow: Comparable {
    let key: Int64
    let id: Int64

    /// Which of `slices` ascending ranges of the key space the key falls in: the slices of a scan, taken in
    /// order, give the keys in ascending order (keys are hashes, so the ranges hold about as many each).
    func slice(of slices: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) ^ (1 << 63)).multipliedFullWidth(by: UInt64(slices)).high)
    }

    static func < (a: KeyedRow, b: KeyedRow) -> Bool { a.key != b.key ? a.key < b.key : a.id < b.id }
}

extension ProjectStore {
    /// Index-table rows appended per transaction: other processes write between them.
    static let indexRowsPerTransaction = 32_768

    /// Fills `example_by_key` and `example_by_hash` for the examples just stored into the incomplete dataset
    /// `datasetID`, and gives each repeat of an identical record its own stable id: the n-th repeat (in file
    /// order) takes hash(id, n), the same in every project importing the same file.
    ///
    /// Each slice of the key space is read in a read transaction, sorted in memory (16 bytes per example, at most
    /// `keysInMemory` of each table at once) and appended in key order a chunk per write transaction, so the
    /// tables only grow at their end and no transaction holds the write lock for long. Runs outside any
    /// transaction on `db`. An interrupted build leaves rows that the removal of the incomplete dataset deletes.
    static func indexImportedExamples(of datasetID: Int64, db: Database, keysInMemory: Int = bandKeysInMemory) throws {
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM example WHERE dataset_id = ?", arguments: [datasetID]) ?? 0
        let slices = max(1, (count + keysInMemory - 1) / max(1, keysInMemory))
        let scan = try db.makeStatement(sql: "SELECT id, key, content_hash FROM example WHERE +dataset_id = ?")
        let insertKey = try db.makeStatement(sql: "INSERT INTO example_by_key (dataset_id, key, id) VALUES (?, ?, ?)")
        let insertHash = try db.makeStatement(sql: "INSERT INTO example_by_hash (dataset_id, content_hash, id) VALUES (?, ?, ?)")
        var keys: [KeyedRow] = [], hashes: [KeyedRow] = []
        var repeats: [KeyedRow] = []
        for slice in 0..<slices {
            keys.removeAll(keepingCapacity: true)
            hashes.removeAll(keepingCapacity: true)
            try db.inTransaction(.deferred) {
                try scan.setArguments([datasetID])
                try forEachRow(of: scan, db: db) { id, key, hash in
                    let byKey = KeyedRow(key: key, id: id), byHash = KeyedRow(key: hash, id: id)
                    if slices == 1 || byKey.slice(of: slices) == slice { keys.append(byKey) }
                    if slices == 1 || byHash.slice(of: slices) == slice { hashes.append(byHash) }
                }
                return .commit
            }
            keys.sort()
            hashes.sort()
            // Equal stable ids are neighbours, the first in file order ahead: it keeps the id, the rest repeat it
            // (moved out in place: no second array of keys).
            var kept = 0
            for index in keys.indices {
                if kept > 0, keys[kept - 1].key == keys[index].key { repeats.append(keys[index]) } else { keys[kept] = keys[index]; kept += 1 }
            }
            keys.removeLast(keys.count - kept)
            try appendInChunks(keys, datasetID: datasetID, insert: insertKey, db: db)
            try appendInChunks(hashes, datasetID: datasetID, insert: insertHash, db: db)
        }
        try giveRepeatsTheirOwnKeys(repeats, datasetID: datasetID, db: db)
    }

    /// Appends `rows` (in key order) to an index table a chunk per write transaction.
    private static func appendInChunks(_ rows: [KeyedRow], datasetID: Int64, insert: Statement, db: Database) throws {
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + indexRowsPerTransaction, rows.endIndex)
            try db.inTransaction(.immediate) {
                for row in rows[start..<end] { try step(insert, db: db, datasetID, row.key, row.id) }
                return .commit
            }
            handOverWriteLock()
            start = end
        }
    }

    /// Gives each repeated record (its first occurrence's stable id and its own rowid, in id order within a
    /// stable id) the id hash(id, n) for its occurrence n, skipping any value another example already holds.
    private static func giveRepeatsTheirOwnKeys(_ repeats: [KeyedRow], datasetID: Int64, db: Database) throws {
        let claim = try db.makeStatement(sql: "INSERT OR IGNORE INTO example_by_key (dataset_id, key, id) VALUES (?, ?, ?)")
        let update = try db.makeStatement(sql: "UPDATE example SET key = ? WHERE id = ?")
        var occurrences: [Int64: UInt64] = [:]
        var start = repeats.startIndex
        while start < repeats.endIndex {
            let end = min(start + indexRowsPerTransaction, repeats.endIndex)
            try db.inTransaction(.immediate) {
                for row in repeats[start..<end] {
                    let base = UInt64(bitPattern: row.key)
                    var occurrence = occurrences[row.key, default: 1]
                    var key: Int64
                    repeat {
                        occurrence += 1
                        key = Int64(bitPattern: StableHash.combine(base, occurrence))
                        try step(claim, db: db, datasetID, key, row.id)
                    } while db.changesCount != 1
                    occurrences[row.key] = occurrence
                    try step(update, db: db, key, row.id)
                }
                return .commit
            }
            handOverWriteLock()
            start = end
        }
    }

    /// Runs a prepared statement of integer parameters once, without a Swift value per argument.
    private static func step(_ statement: Statement, db: Database, _ values: Int64...) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        for (index, value) in values.enumerated() { sqlite3_bind_int64(raw, Int32(index + 1), value) }
        guard sqlite3_step(raw) == SQLITE_DONE else { throw DatabaseError.lastError(of: db) }
    }

    /// Steps `statement` (columns: three integers) to its end, handing each row's values to `body`.
    private static func forEachRow(of statement: Statement, db: Database,
                                   _ body: (Int64, Int64, Int64) throws -> Void) throws {
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw DatabaseError.lastError(of: db) }
            try body(sqlite3_column_int64(raw, 0), sqlite3_column_int64(raw, 1), sqlite3_column_int64(raw, 2))
        }
    }
}
