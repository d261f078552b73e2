import Foundation
import GRDB
import TuneBenchCore

/// What one indexing run did.
public struct SearchIndexReport: Sendable, Equatable, Codable {
    /// Examples added to the index by this run.
    public var indexed: Int
    /// Of those, examples with CJK text (also in the trigram index).
    public var withCJK: Int
}

/// How far the search index has got: it covers every example up to `indexedThrough` (examples are numbered in
/// import order, so the examples of later imports are the ones left).
public struct SearchIndexStatus: Sendable, Equatable {
    /// The last example (rowid) in the index.
    public var indexedThrough: Int64
    /// The last example stored.
    public var lastExample: Int64

    public init(indexedThrough: Int64, lastExample: Int64) {
        self.indexedThrough = indexedThrough
        self.lastExample = lastExample
    }

    /// Every example is in the index: searches use it.
    public var isCurrent: Bool { indexedThrough >= lastExample }
    /// Examples left to index (an upper bound: ids are assigned in order, so no count is needed).
    public var pending: Int { Int(max(0, lastExample - indexedThrough)) }
}

extension ProjectStore {
    /// How far the search index has got (two primary-key lookups; never a count).
    public func searchIndexStatus() throws -> SearchIndexStatus {
        try pool.read { db in try Self.searchIndexStatus(db) }
    }

    static func searchIndexStatus(_ db: Database) throws -> SearchIndexStatus {
        SearchIndexStatus(
            indexedThrough: try Int64.fetchOne(db, sql: "SELECT last_example_id FROM search_state WHERE id = 1") ?? 0,
            // An import under way is not counted (its examples are indexed once it is complete); rowid order from
            // the end stops at the first example of a complete dataset.
            lastExample: try Int64.fetchOne(db, sql: "SELECT id FROM example WHERE \(ProjectStore.inCompleteDataset) ORDER BY id DESC LIMIT 1") ?? 0)
    }

    /// Adds every example not yet indexed to the search index, in batches of `batchSize` examples (one
    /// transaction each, so readers and other writers get turns and an interruption keeps finished batches).
    /// `progress` gets (examples done, examples to do). The browser catches up with small batches, so a review
    /// write waits at most one batch (about 100 µs an example).
    public func buildSearchIndex(batchSize: Int = 5_000, progress: (Int, Int) -> Void = { _, _ in }) throws -> SearchIndexReport {
        let (pending, formats) = try pool.read { db in (try Self.searchIndexStatus(db).pending, try Self.normalisers(db)) }
        var report = SearchIndexReport(indexed: 0, withCJK: 0)
        while true {
            let done = try pool.write { db -> Bool in
                let last = try Int64.fetchOne(db, sql: "SELECT last_example_id FROM search_state WHERE id = 1") ?? 0
                let rows = try Row.fetchAll(db, sql: """
                    SELECT example_text.id, example_text.original, example.dataset_id
                    FROM example_text JOIN example USING (id) WHERE example_text.id > ? ORDER BY example_text.id LIMIT ?
                    """, arguments: [last, batchSize])
                // The index stops before the first example of a dataset still being imported (`formats` has
                // complete datasets only): it takes the rest once that import is complete.
                var indexed: Int64?
                for row in rows {
                    guard let normaliser = formats[row[2]]?.1 else { break }
                    if try Self.addToSearchIndex(db, rowID: row[0], original: row[1], normaliser: normaliser) {
                        report.withCJK += 1
                    }
                    indexed = row[0]
                    report.indexed += 1
                }
                guard let indexed else { return true }
                try db.execute(sql: "UPDATE search_state SET last_example_id = ? WHERE id = 1", arguments: [indexed])
                return false
            }
            progress(report.indexed, pending)
            if done { return report }
            Self.handOverWriteLock()
        }
    }

    /// Keeps the search index right after an example's stored text changed (an edit): takes out what
    /// `previousOriginal` put in and adds the text stored now. The index is contentless (it keeps no copy of the
    /// text), so it needs the text as it was. Examples the index has not reached yet are left to the catch-up.
    ///
    /// Call it after the change is stored; inside the same write transaction use
    /// `ProjectStore.reindexExample(db, rowID:previousOriginal:)` instead, so both land together.
    public func reindexExample(rowID: Int64, previousOriginal: String) throws {
        try pool.write { db in try Self.reindexExample(db, rowID: rowID, previousOriginal: previousOriginal) }
    }

    /// ``reindexExample(rowID:previousOriginal:)`` inside the caller's transaction.
    static func reindexExample(_ db: Database, rowID: Int64, previousOriginal: String) throws {
        guard rowID <= (try Int64.fetchOne(db, sql: "SELECT last_example_id FROM search_state WHERE id = 1") ?? 0),
              let row = try Row.fetchOne(db, sql: """
                  SELECT example_text.original, example.dataset_id FROM example_text JOIN example USING (id) WHERE id = ?
                  """, arguments: [rowID]),
              let normaliser = try normalisers(db)[row[1]]?.1 else { return }
        if let old = searchText(of: previousOriginal, normaliser: normaliser) {
            try db.execute(sql: "INSERT INTO example_search (example_search, rowid, text) VALUES ('delete', ?, ?)",
                           arguments: [rowID, old])
            let cjk = cjkRuns(old)
            if !cjk.isEmpty {
                try db.execute(sql: "INSERT INTO example_search_cjk (example_search_cjk, rowid, text) VALUES ('delete', ?, ?)",
                               arguments: [rowID, cjk])
                try db.execute(sql: "DELETE FROM example_cjk_runs WHERE id = ?", arguments: [rowID])
            }
        }
        _ = try addToSearchIndex(db, rowID: rowID, original: row[0], normaliser: normaliser)
    }

    /// Puts one example's text in the index (and its CJK runs in the trigram index); true when it had CJK text.
    /// A record that does not parse has no message text and stays out.
    private static func addToSearchIndex(_ db: Database, rowID: Int64, original: String, normaliser: Normaliser) throws -> Bool {
        guard let text = searchText(of: original, normaliser: normaliser) else { return false }
        try db.cachedStatement(sql: "INSERT INTO example_search (rowid, text) VALUES (?, ?)").execute(arguments: [rowID, text])
        let cjk = cjkRuns(text)
        guard !cjk.isEmpty else { return false }
        try db.cachedStatement(sql: "INSERT INTO example_search_cjk (rowid, text) VALUES (?, ?)").execute(arguments: [rowID, cjk])
        try db.cachedStatement(sql: "INSERT INTO example_cjk_runs (id, runs) VALUES (?, ?)").execute(arguments: [rowID, cjk])
        return true
    }

    /// Fills `example_cjk_runs` for the examples indexed before it existed (the trigram table's rows).
    static func storeCJKRunsOfIndexedExamples(_ db: Database) throws {
        let formats = try normalisers(db, beforeCompleteness: true)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT example_text.id, example_text.original, example.dataset_id FROM example_search_cjk
            JOIN example_text ON example_text.id = example_search_cjk.rowid JOIN example USING (id)
            ORDER BY example_search_cjk.rowid
            """)
        while let row = try rows.next() {
            guard let normaliser = formats[row[2]]?.1, let text = searchText(of: row[1], normaliser: normaliser) else { continue }
            try db.cachedStatement(sql: "INSERT INTO example_cjk_runs (id, runs) VALUES (?, ?)").execute(arguments: [row[0] as Int64, cjkRuns(text)])
        }
    }

    /// Ids of examples whose text matches `query` (words, each required; CJK text by substring), in file order.
    public func searchExamples(_ query: String, limit: Int = 50) throws -> [String] {
        let rowIDs = try matchRowIDs(SearchQuery(query), after: nil, forward: true, limit: limit, filter: ExampleFilter())
        return try pool.read { db in
            try rowIDs.map { try Int64.fetchOne(db, sql: "SELECT key FROM example WHERE id = ?", arguments: [$0]) ?? 0 }
                .map(ExampleKey.string)
        }
    }

    /// What the index holds for a stored record: every message's text, the rejected reply's too; nil when the
    /// record does not parse.
    static func searchText(of original: String, normaliser: Normaliser) -> String? {
        guard let record = try? JSONParser.parse(original) else { return nil }
        let example = normaliser.normalise(record)
        return (example.messages + (example.rejected ?? [])).compactMap { ContentText.text(of: $0["content"]) }.joined(separator: "\n")
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// Only the runs of CJK characters, one per line: the trigram index needs nothing else (unicode61 covers the
    /// rest), which keeps it a small fraction of the text.
    static func cjkRuns(_ text: String) -> String {
        var runs = String.UnicodeScalarView()
        var inRun = false
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                if !inRun && !runs.isEmpty { runs.append("\n") }
                runs.append(scalar)
                inRun = true
            } else {
                inRun = false
            }
        }
        return String(runs)
    }
}
