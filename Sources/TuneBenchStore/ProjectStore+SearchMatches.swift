import Foundation
import GRDB
import TuneBenchCore

/// Examples ranked by relevance to a search, best first.
public struct RankedMatches: Sendable, Equatable {
    /// Rowids, best match first.
    public var rowIDs: [Int64]
    /// False when the search could not be ranked (only one- or two-character CJK runs, or no index yet): the
    /// rowids are then in dataset order.
    public var isRanked: Bool
}

extension ProjectStore {
    /// The next (or previous) example after `rowID` in dataset order whose message text matches `text`, wrapping
    /// around at the end.
    ///
    /// With the search index current (``searchIndexStatus()``), every word of `text` must be a word of the
    /// example (any case, accents ignored; `optim*` a prefix) and every CJK run a substring: one index lookup,
    /// `MATCH` with a rowid range, `ORDER BY rowid LIMIT 1`. Without it (or for text of punctuation only) the
    /// stored text is read in order and `text` looked for as a case-insensitive substring, which at a million
    /// examples takes seconds for a rare word.
    public func nextMatch(of text: String, after rowID: Int64?, forward: Bool,
                          filter: ExampleFilter = ExampleFilter()) throws -> Int64? {
        guard !text.isEmpty else { return nil }
        let query = SearchQuery(text)
        if query.isIndexable, try searchIndexStatus().isCurrent {
            // The wrap reads only the part the first look did not: an absent word costs one pass, not two.
            return try matchRowIDs(query, after: rowID, forward: forward, limit: 1, filter: filter).first
                ?? (rowID == nil ? nil : matchRowIDs(query, after: nil, through: rowID, forward: forward, limit: 1,
                                                     filter: filter).first)
        }
        return try scanMatch(of: text, after: rowID, forward: forward, filter: filter)
            ?? (rowID == nil ? nil : scanMatch(of: text, after: nil, forward: forward, filter: filter))
    }

    /// A page of matches in dataset order: up to `limit` list rows after `rowID` (from the start when nil) that
    /// match `text` and pass `filter`. Empty when the index is not current (use ``nextMatch(of:after:forward:filter:)``).
    public func matchPage(of text: String, after rowID: Int64?, limit: Int = 50,
                          filter: ExampleFilter = ExampleFilter()) throws -> [ExampleRow] {
        let query = SearchQuery(text)
        guard query.isIndexable, try searchIndexStatus().isCurrent else { return [] }
        return try rows(matchRowIDs(query, after: rowID, forward: true, limit: limit, filter: filter))
    }

    /// The `limit` examples that match `text` best, best first, by BM25 as far as the index can tell it. The
    /// word index keeps which examples hold a word but not how often (`detail=column`, chosen for size), so FTS5's
    /// own `bm25()` scores every match 0 there: among examples holding every word of the search the shorter text
    /// ranks first (BM25 with one occurrence each; length from the index's `docsize`). The trigram index keeps
    /// full detail, so a CJK-only search is ranked by FTS5's `bm25()`. Every match has to be scored, which for a
    /// common word at a million examples takes seconds, so the rowid range is scored in slices: `progress` gets
    /// the fraction done after each and `isCancelled` stops between slices (returning what is ranked so far).
    public func rankedMatches(of text: String, limit: Int = 200, filter: ExampleFilter = ExampleFilter(),
                              progress: (Double) -> Void = { _ in },
                              isCancelled: () -> Bool = { false }) throws -> RankedMatches {
        let query = SearchQuery(text)
        let status = try searchIndexStatus()
        guard query.isIndexable, status.isCurrent else { return RankedMatches(rowIDs: [], isRanked: false) }
        guard let plan = MatchPlan(query: query, filter: filter), plan.isSearched else {
            return RankedMatches(rowIDs: try matchRowIDs(query, after: nil, forward: true, limit: limit, filter: filter),
                                 isRanked: false)
        }
        let byLength = plan.table == "example_search"
        let sql = byLength
            ? """
              SELECT example_search.rowid, example_search_docsize.sz FROM example_search
              JOIN example_search_docsize ON example_search_docsize.id = example_search.rowid
              WHERE \(plan.condition) AND example_search.rowid BETWEEN ? AND ?
              """
            : """
              SELECT \(plan.rowID), bm25(\(plan.table)) FROM \(plan.table) WHERE \(plan.condition)
              AND \(plan.rowID) BETWEEN ? AND ? ORDER BY bm25(\(plan.table)) LIMIT \(limit)
              """
        let slice: Int64 = 50_000
        var best: [(rowID: Int64, score: Double)] = []
        var start: Int64 = 1
        while start <= status.lastExample, !isCancelled() {
            let end = start + slice - 1
            let scored = try pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: plan.arguments + [start, end]).map { row in
                    (rowID: row[0] as Int64, score: byLength ? Double(Self.varint(row[1] as Data)) : row[1] as Double)
                }
            }
            // Lower is better (a shorter text; bm25() is negative); ties keep dataset order.
            best = (best + scored).sorted { $0.score < $1.score || ($0.score == $1.score && $0.rowID < $1.rowID) }
                .prefix(limit).map { $0 }
            progress(Double(min(end, status.lastExample)) / Double(max(1, status.lastExample)))
            start = end + 1
        }
        return RankedMatches(rowIDs: best.map(\.rowID), isRanked: true)
    }

    /// The first number of an FTS5 `docsize` record (an SQLite varint: 7 bits a byte, high bit = more follow).
    static func varint(_ data: Data) -> Int {
        var value = 0
        for byte in data.prefix(9) {
            value = value << 7 | Int(byte & 0x7F)
            if byte & 0x80 == 0 { break }
        }
        return value
    }

    /// Rowids of matches through the index, in dataset order after (or before) `rowID`, up to `through`.
    func matchRowIDs(_ query: SearchQuery, after rowID: Int64?, through last: Int64? = nil, forward: Bool, limit: Int,
                     filter: ExampleFilter) throws -> [Int64] {
        guard let plan = MatchPlan(query: query, filter: filter) else { return [] }
        var condition = plan.condition
        var arguments = plan.arguments
        if let rowID {
            condition += forward ? " AND \(plan.rowID) > ?" : " AND \(plan.rowID) < ?"
            _ = arguments.append(contentsOf: [rowID])
        }
        if let last {
            condition += forward ? " AND \(plan.rowID) <= ?" : " AND \(plan.rowID) >= ?"
            _ = arguments.append(contentsOf: [last])
        }
        return try pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT \(plan.rowID) FROM \(plan.table) WHERE \(condition) ORDER BY \(plan.rowID) \(forward ? "" : "DESC") LIMIT ?
                """, arguments: arguments + [limit])
        }
    }

    /// List rows of these examples, in the order given.
    public func rows(_ rowIDs: [Int64]) throws -> [ExampleRow] {
        try pool.read { db in
            let formats = try Self.normalisers(db)
            return try rowIDs.compactMap { rowID in
                try Row.fetchOne(db, sql: """
                    SELECT example.id, key, dataset_id, status, total_tokens, checks, tags, original
                    FROM example JOIN example_text USING (id) WHERE id = ?
                    """, arguments: [rowID]).map { Self.exampleRow($0, formats) }
            }
        }
    }

    /// The search without an index: rows whose stored text contains `text` (as typed or JSON-escaped) are read
    /// in order and their messages checked until one matches, so tool definitions and JSON keys never match.
    private func scanMatch(of text: String, after rowID: Int64?, forward: Bool, filter: ExampleFilter) throws -> Int64? {
        try pool.read { db in
            let formats = try Self.normalisers(db)
            var (condition, arguments) = filter.condition
            condition += " AND (original LIKE ? ESCAPE '\\' OR original LIKE ? ESCAPE '\\')"
            _ = arguments.append(contentsOf: [Self.likePattern(text), Self.likePattern(Self.jsonEscaped(text))])
            if let rowID {
                condition += forward ? " AND id > ?" : " AND id < ?"
                _ = arguments.append(contentsOf: [rowID])
            }
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT example.id, dataset_id, original FROM example JOIN example_text USING (id) WHERE \(condition) ORDER BY id \(forward ? "" : "DESC")",
                arguments: arguments)
            while let row = try cursor.next() {
                let original: String = row[2]
                let normaliser = formats[row[1]]?.1 ?? Normaliser(format: .openaiChat)
                if Self.messageText(of: original, normaliser: normaliser).contains(where: {
                    $0.range(of: text, options: .caseInsensitive) != nil
                }) { return row[0] }
            }
            return nil
        }
    }
}

/// The SQL that finds a search's matches through the index: which FTS5 table drives the scan (the word index
/// when the search has words, else the trigram index) and the conditions on it. Every condition keeps the
/// driving table's rowid order, so `ORDER BY rowid LIMIT n` stops at the n-th match.
struct MatchPlan {
    /// The driving FTS5 table.
    let table: String
    /// Its rowid column (= example.id).
    var rowID: String { "\(table).rowid" }
    /// After WHERE.
    let condition: String
    let arguments: StatementArguments
    /// The driving table is searched with MATCH (not scanned), so its matches can be ranked.
    let isSearched: Bool

    init?(query: SearchQuery, filter: ExampleFilter) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        var trigram = query.trigramExpression
        if let words = query.wordExpression {
            table = "example_search"
            conditions.append("example_search MATCH ?")
            _ = arguments.append(contentsOf: [words])
            if let phrase = trigram {
                conditions.append("example_search.rowid IN (SELECT rowid FROM example_search_cjk WHERE example_search_cjk MATCH ?)")
                _ = arguments.append(contentsOf: [phrase])
                trigram = nil
            }
        } else if let phrase = trigram {
            table = "example_search_cjk"
            conditions.append("example_search_cjk MATCH ?")
            _ = arguments.append(contentsOf: [phrase])
        } else if !query.cjkRuns.isEmpty {
            table = "example_cjk_runs"
        } else {
            return nil
        }
        isSearched = !conditions.isEmpty
        // Runs too short for trigrams: looked for in the examples' CJK runs (`example_cjk_runs`, a few MB).
        for run in query.shortCJKRuns {
            conditions.append(table == "example_cjk_runs" ? "instr(runs, ?) > 0" : """
                EXISTS (SELECT 1 FROM example_cjk_runs WHERE example_cjk_runs.id = \(table).rowid AND instr(runs, ?) > 0)
                """)
            _ = arguments.append(contentsOf: [run])
        }
        if !filter.isEmpty {
            let (filterCondition, filterArguments) = filter.condition
            conditions.append("EXISTS (SELECT 1 FROM example WHERE example.id = \(table).rowid AND \(filterCondition))")
            arguments += filterArguments
        }
        condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        self.arguments = arguments
    }
}
