import Foundation
import GRDB
import TuneBenchCore

/// The duplicate findings of one dataset: its examples' ordinals (ascending id) and their clusters.
struct DatasetDuplicates {
    var ordinals: RowOrdinals
    var clusters: DuplicateClusters
}

extension ProjectStore {
    /// Scans of the dataset ``findDuplicates(of:threshold:db:progress:)`` makes: the exact pass and one per band.
    static let duplicateScans = 1 + DuplicateFinder.bands

    /// Finds the exact and near duplicates of a dataset by the rules of ``DuplicateClusters``, letting SQLite
    /// sort the fingerprints: exact duplicates in content-hash order (the `example_content_hash` index gives it
    /// without a sort), then for each band the rowid and that band's 8 bytes of the sketch ordered by band key
    /// (SQLite's sorter keeps about `cache_size` in memory and spills the rest to temporary files); a candidate is
    /// confirmed by reading both full sketches by rowid.
    ///
    /// Memory: per example 9 bytes (``DuplicateClusters``) plus 4 when the dataset's rowids are not one
    /// contiguous range (``RowOrdinals``); the sketches and hashes of the dataset are never held.
    /// `progress` gets the scans finished so far (of ``duplicateScans``) and the rows read in the current one.
    static func findDuplicates(of datasetID: Int64, threshold: Double, db: Database,
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
            db, sql: "SELECT id, content_hash FROM example WHERE dataset_id = ? ORDER BY content_hash, id",
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
        let bandBytes = DuplicateFinder.rowsPerBand * MemoryLayout<UInt16>.size
        for band in 0..<DuplicateFinder.bands {
            progress(1 + band, 0)
            let keys = try Row.fetchCursor(
                db, sql: """
                    SELECT id, substr(sketch, ?, ?) AS band FROM example WHERE +dataset_id = ? AND sketch != ?
                    ORDER BY band, id
                    """, arguments: [band * bandBytes + 1, bandBytes, datasetID, emptySketch])
            var heads = RunHeads<Data>()
            var headID: Int64 = 0
            var headSketch: ArraySlice<UInt16>?
            rows = 0
            while let row = try keys.next() {
                rows += 1
                if rows % 65_536 == 0 { progress(1 + band, rows) }
                let id: Int64 = row[0]
                let index = ordinals.ordinal(of: id)
                guard !clusters.isExact(index) else { continue }
                guard let head = heads.head(of: index, key: row[1]) else {
                    (headID, headSketch) = (id, nil)
                    continue
                }
                try clusters.consider(head: head, candidate: index) {
                    if headSketch == nil { headSketch = try sketch(headID) }
                    return (headSketch!, try sketch(id))
                }
            }
        }
        clusters.settle()
        progress(duplicateScans, 0)
        return DatasetDuplicates(ordinals: ordinals, clusters: clusters)
    }
}
