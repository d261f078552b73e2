import Foundation
import GRDB
import GRDBSQLite
import TuneBenchCore

/// The duplicate findings of one dataset: its examples' ordinals (ascending id) and their clusters.
struct DatasetDuplicates {
    var ordinals: RowOrdinals
    var clusters: DuplicateClusters
}

extension ProjectStore {
    /// Scans of the dataset ``findDuplicates(of:threshold:db:progress:)`` makes: the exact pass and one per band.
    static let duplicateScans = 1 + DuplicateFinder.bands

    /// The most band keys sorted in memory at once: a larger dataset's bands are sorted a slice of the key space
    /// at a time, each slice a scan of the sketches. (SQLite's sorter, used before, took about 1.4 CPU-seconds per
    /// band at a million examples; with this sort the validation at the end of a 200k-line import went from 3.7 s
    /// to 1.5 s, BENCHMARKS.md.)
    static let bandKeysInMemory = 1 << 21

    /// Finds the exact and near duplicates of a dataset by the rules of ``DuplicateClusters``, never holding its
    /// sketches or hashes: exact duplicates in content-hash order (the `example_by_hash` table keeps that
    /// order, so there is no sort), then for each band a scan of the sketches that keeps that band's 8-byte key and the rowid
    /// of each example and sorts them in memory, a slice of the key space at a time when the dataset has more
    /// than `keysInMemory` examples; a candidate is confirmed by reading both full sketches by rowid.
    ///
    /// Memory: per example 9 bytes (``DuplicateClusters``) plus 4 when the dataset's rowids are not one
    /// contiguous range (``RowOrdinals``), and at most about `keysInMemory` band keys of 16 bytes (32 MB by default)
    /// whatever the size of the dataset.
    /// `progress` gets the scans finished so far (of ``duplicateScans``) and the rows read in the current one.
    static func findDuplicates(of datasetID: Int64, threshold: Double, db: Database,
                               keysInMemory: Int = bandKeysInMemory,
                               progress: (_ scans: Int, _ rows: Int) -> Void) throws -> DatasetDuplicates {
        let range = try Row.fetchOne(
            db, sql: "SELECT count(*), min(id), max(id) FROM example WHERE dataset_id = ?", arguments: [datasetID])!
        let ordinals = try RowOrdinals(count: range[0], first: range[1] ?? 0, last: range[2] ?? 0) { body in
            let ids = try Int64.fetchCursor(
                db, sql: "SELECT id FROM example WHERE +dataset_id = ? ORDER BY id", arguments: [datasetID])
            while let id = try ids.next() { body(id) }
        }
        var clusters = DuplicateClusters(count: ordinals.count, threshold: threshold)
        let hashes = try Row.fetchCursor(
            db, sql: "SELECT id, content_hash FROM example_by_hash WHERE dataset_id = ? ORDER BY content_hash, id",
            arguments: [datasetID])
        var exactHeads = RunHeads<Int64>()
        var rows = 0
        while let row = try hashes.next() {
            let index = ordinals.ordinal(of: row[0])
            if exactHeads.head(of: index, key: row[1]) != nil { clusters.markExact(index) }
            rows += 1
            if rows % 65_536 == 0 { progress(0, rows) }
        }
        let fullSketch = try db.makeStatement(sql: "SELECT sketch FROM example WHERE id = ?")
        func sketch(_ id: Int64) throws -> ArraySlice<UInt16> {
            var values = [UInt16](repeating: MinHashSketch.empty, count: MinHashSketch.size)
            let data = try Data.fetchOne(fullSketch, arguments: [id]) ?? Data()
            values.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
            return values[...]
        }
        let emptySketch = [UInt16](repeating: MinHashSketch.empty, count: MinHashSketch.size)
            .withUnsafeBytes { Data($0) }
        let scan = try db.makeStatement(sql: "SELECT id, sketch FROM example WHERE +dataset_id = ? AND sketch != ?")
        let slices = max(1, (ordinals.count + keysInMemory - 1) / max(1, keysInMemory))
        var keys: [BandKey] = []
        keys.reserveCapacity(min(ordinals.count, keysInMemory) + min(ordinals.count, keysInMemory) / 8)
        for band in 0..<DuplicateFinder.bands {
            progress(1 + band, 0)
            for slice in 0..<slices {
                keys.removeAll(keepingCapacity: true)
                try scan.setArguments([datasetID, emptySketch])
                rows = try Self.forEachSketch(of: scan, db: db) { id, sketch in
                    let key = BandKey(band: band, of: sketch, id: id)
                    guard slices == 1 || key.slice(of: slices) == slice, !clusters.isExact(ordinals.ordinal(of: id)) else { return }
                    keys.append(key)
                }
                progress(1 + band, (slice + 1) * rows / slices)
                // Sorted by band key, then id: each run's head is its first example in dataset order.
                keys.sort()
                var heads = RunHeads<UInt64>()
                var headID: Int64 = 0
                var headSketch: ArraySlice<UInt16>?
                for key in keys {
                    let index = ordinals.ordinal(of: key.id)
                    guard let head = heads.head(of: index, key: key.value) else {
                        (headID, headSketch) = (key.id, nil)
                        continue
                    }
                    try clusters.consider(head: head, candidate: index) {
                        if headSketch == nil { headSketch = try sketch(headID) }
                        return (headSketch!, try sketch(key.id))
                    }
                }
            }
        }
        clusters.settle()
        progress(duplicateScans, 0)
        return DatasetDuplicates(ordinals: ordinals, clusters: clusters)
    }
}

/// One example's key in one band (its 4 sketch values) and its rowid, ordered by key and then by rowid.
struct BandKey: Comparable {
    let value: UInt64
    let id: Int64

    /// The key of `band` in `sketch` (a stored sketch's bytes; values past its end count as empty bins).
    init(band: Int, of sketch: UnsafeRawBufferPointer, id: Int64) {
        var value: UInt64 = 0
        for row in 0..<DuplicateFinder.rowsPerBand {
            let offset = (band * DuplicateFinder.rowsPerBand + row) * MemoryLayout<UInt16>.size
            let bin = offset + 2 <= sketch.count ? sketch.loadUnaligned(fromByteOffset: offset, as: UInt16.self) : MinHashSketch.empty
            value = value << 16 | UInt64(bin)
        }
        self.value = value
        self.id = id
    }

    /// Which of `slices` parts of the key space the key falls in (equal keys always in the same one).
    func slice(of slices: Int) -> Int { Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 33) % slices }

    static func < (a: BandKey, b: BandKey) -> Bool { a.value != b.value ? a.value < b.value : a.id < b.id }
}

extension ProjectStore {
    /// Steps `statement` (columns: rowid, sketch) to its end, handing each row's rowid and sketch bytes (valid
    /// during the call only) to `body`, without a Swift value per row; returns the rows read.
    static func forEachSketch(of statement: Statement, db: Database,
                              _ body: (Int64, UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        var rows = 0
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw DatabaseError.lastError(of: db) }
            let bytes = Int(sqlite3_column_bytes(raw, 1))
            let sketch = UnsafeRawBufferPointer(start: sqlite3_column_blob(raw, 1), count: bytes)
            try body(sqlite3_column_int64(raw, 0), sketch)
            rows += 1
        }
    }
}
