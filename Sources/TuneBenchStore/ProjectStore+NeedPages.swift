import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// A window of the need queue around `anchor`, as ``examplePage(anchor:filter:before:after:)`` reads one in
    /// dataset order: up to `before` rows before the anchor and `after` from it on. An anchor the queue lacks
    /// (filtered out since) reads from the queue's start.
    public func examplePage(in queue: NeedQueue, anchor: PageAnchor, before: Int = 100, after: Int = 200) throws -> ExamplePage {
        let ids = queue.rowIDs
        guard !ids.isEmpty else { return ExamplePage() }
        let position: Int = switch anchor {
        case .first: 0
        case .last: ids.count - 1
        case .around(let rowID): ids.firstIndex(of: rowID) ?? 0
        }
        let start = max(0, position - before), end = min(ids.count, position + max(1, after))
        let rows = try exampleRows(rowIDs: Array(ids[start..<end]))
        return ExamplePage(rows: rows, hasBefore: start > 0, hasAfter: end < ids.count, anchorRowID: ids[position])
    }

    /// The list rows of these examples, in the order given (absent ones left out).
    public func exampleRows(rowIDs: [Int64]) throws -> [ExampleRow] {
        try pool.read { db in
            let formats = try Self.normalisers(db)
            var byID: [Int64: ExampleRow] = [:]
            for chunk in Self.chunks(rowIDs) {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT example.id, key, dataset_id, status, total_tokens, checks, tags, original
                    FROM example JOIN example_text USING (id) WHERE id IN (\(chunk.map(String.init).joined(separator: ",")))
                    """)
                for row in rows { byID[row[0]] = Self.exampleRow(row, formats) }
            }
            return rowIDs.compactMap { byID[$0] }
        }
    }

    /// `tunebench examples` listings of these examples by rowid, in the order given (absent ones left out).
    public func examples(rowIDs: [Int64]) throws -> [(rowID: Int64, listing: ExampleListing)] {
        try pool.read { db in
            let datasets = Dictionary(uniqueKeysWithValues: try Self.datasetRows(db).map { ($0.id, $0) })
            var byID: [Int64: ExampleListing] = [:]
            for chunk in Self.chunks(rowIDs) {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, key, dataset_id, line, status, total_tokens, checks FROM example
                    WHERE id IN (\(chunk.map(String.init).joined(separator: ",")))
                    """)
                for row in rows { byID[row["id"]] = Self.exampleListing(row, datasets: datasets) }
            }
            return rowIDs.compactMap { rowID in byID[rowID].map { (rowID, $0) } }
        }
    }

    /// The next (or previous) example of the queue after `rowID` that is still pending review (from the queue's
    /// start, or end, when `rowID` is nil or not in it).
    public func nextUnreviewed(in queue: NeedQueue, after rowID: Int64?, forward: Bool) throws -> Int64? {
        let ids = queue.rowIDs
        let position = rowID.flatMap { ids.firstIndex(of: $0) }
        let rest: [Int64] = switch (position, forward) {
        case (let position?, true): Array(ids[(position + 1)...])
        case (let position?, false): ids[..<position].reversed()
        case (nil, true): ids
        case (nil, false): ids.reversed()
        }
        return try pool.read { db in
            let pending = Self.statusCodes.firstIndex(of: .pending)!
            for chunk in Self.chunks(rest) {
                let found = Set(try Int64.fetchAll(db, sql: """
                    SELECT id FROM example WHERE status = \(pending) AND id IN (\(chunk.map(String.init).joined(separator: ",")))
                    """))
                if let first = chunk.first(where: found.contains) { return first }
            }
            return nil
        }
    }

    /// Rowids a few hundred at a time, for `IN (...)` lists.
    private static func chunks(_ rowIDs: [Int64]) -> [ArraySlice<Int64>] {
        stride(from: 0, to: rowIDs.count, by: 500).map { rowIDs[$0..<min($0 + 500, rowIDs.count)] }
    }
}
