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

extension ProjectStore {
    /// Adds every example not yet indexed to the search index, in batches of `batchSize` examples (one
    /// transaction each, so readers and other writers get turns and an interruption keeps finished batches).
    /// `progress` gets (examples done, examples to do).
    public func buildSearchIndex(batchSize: Int = 5_000, progress: (Int, Int) -> Void = { _, _ in }) throws -> SearchIndexReport {
        let (pending, formats) = try pool.read { db -> (Int, [Int64: Normaliser]) in
            let last = try Int64.fetchOne(db, sql: "SELECT last_example_id FROM search_state WHERE id = 1") ?? 0
            // Ids are assigned in order, so the gap to the largest id bounds the work without a count(*) scan.
            let pending = Int(max(0, (try Int64.fetchOne(db, sql: "SELECT max(id) FROM example_text") ?? 0) - last))
            let formats = Dictionary(uniqueKeysWithValues: try Self.datasetRows(db).map {
                ($0.id, Normaliser(format: $0.format, columnMapping: $0.columnMapping))
            })
            return (pending, formats)
        }
        var report = SearchIndexReport(indexed: 0, withCJK: 0)
        while true {
            let done = try pool.write { db -> Bool in
                let last = try Int64.fetchOne(db, sql: "SELECT last_example_id FROM search_state WHERE id = 1") ?? 0
                let rows = try Row.fetchAll(db, sql: """
                    SELECT example_text.id, example_text.original, example.dataset_id
                    FROM example_text JOIN example USING (id) WHERE example_text.id > ? ORDER BY example_text.id LIMIT ?
                    """, arguments: [last, batchSize])
                guard let lastRow = rows.last else { return true }
                let insert = try db.makeStatement(sql: "INSERT INTO example_search (rowid, text) VALUES (?, ?)")
                let insertCJK = try db.makeStatement(sql: "INSERT INTO example_search_cjk (rowid, text) VALUES (?, ?)")
                for row in rows {
                    let original: String = row[1]
                    guard let normaliser = formats[row[2]], let record = try? JSONParser.parse(original) else { continue }
                    let text = Self.searchText(normaliser.normalise(record))
                    try insert.execute(arguments: [row[0] as Int64, text])
                    let cjk = Self.cjkRuns(text)
                    if !cjk.isEmpty {
                        try insertCJK.execute(arguments: [row[0] as Int64, cjk])
                        report.withCJK += 1
                    }
                }
                try db.execute(sql: "UPDATE search_state SET last_example_id = ? WHERE id = 1", arguments: [lastRow[0] as Int64])
                report.indexed += rows.count
                return false
            }
            progress(report.indexed, pending)
            if done { return report }
        }
    }

    /// Ids of examples whose text matches `query` (words, each required; CJK text by substring), in file order.
    public func searchExamples(_ query: String, limit: Int = 50) throws -> [String] {
        let cjk = Self.containsCJK(query)
        let table = cjk ? "example_search_cjk" : "example_search"
        // unicode61 tokens are runs of letters and digits; each becomes one quoted term (every term required).
        // The CJK table is searched by whole substrings (trigram phrases).
        let pieces: [Substring] = cjk
            ? query.split(whereSeparator: \.isWhitespace)
            : query.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let words = pieces.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard !words.isEmpty else { return [] }
        return try pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT example.key FROM \(table) JOIN example ON example.id = \(table).rowid
                WHERE \(table) MATCH ? ORDER BY \(table).rowid LIMIT ?
                """, arguments: [words.joined(separator: " "), limit]).map(ExampleKey.string)
        }
    }

    /// The searchable text of an example: every message's text, the rejected reply's too.
    static func searchText(_ example: NormalisedExample) -> String {
        (example.messages + (example.rejected ?? [])).compactMap { ContentText.text(of: $0["content"]) }.joined(separator: "\n")
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    static func containsCJK(_ text: String) -> Bool { text.unicodeScalars.contains(where: isCJK) }

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
