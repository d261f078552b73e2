import Foundation
import GRDB
import TuneBenchCore

/// One row of the browser's example list: the small facts shown per line, read a page at a time.
public struct ExampleRow: Sendable, Equatable {
    /// The example's position in dataset order (its SQLite rowid); pages are keyed on it.
    public var rowID: Int64
    /// The stable example id.
    public var id: String
    public var dataset: String
    public var status: ReviewStatus
    public var tokens: Int
    /// Findings by category (validation's last word on this example).
    public var findings: [Finding]
    public var tags: [String]
    /// The first line of the first user message (or of the first message), for the list.
    public var firstLine: String

    public var errorCount: Int { findings.filter(\.category.isError).reduce(0) { $0 + $1.count } }
    public var warningCount: Int {
        findings.filter { !$0.category.isError && !$0.category.isDuplicate }.reduce(0) { $0 + $1.count }
    }
    public var isDuplicate: Bool { findings.contains { $0.category.isDuplicate } }
}

/// One validation category found in an example, and how often.
public struct Finding: Sendable, Equatable {
    public var category: CheckCategory
    public var count: Int
}

extension CheckCategory {
    /// Exact or near duplicate: a set-wide finding, shown apart from warnings.
    public var isDuplicate: Bool { self == .exactDuplicate || self == .nearDuplicate }
}

/// Everything the detail view shows of one example, derived from its stored original on demand.
public struct ExampleDetail: Sendable, Equatable {
    public var row: ExampleRow
    public var note: String
    /// The normalised messages (an OpenAI chat view of any format).
    public var messages: [JSONValue]
    /// Tool definitions, when the record has them.
    public var tools: [JSONValue]
    /// The non-preferred reply of a preference pair.
    public var rejected: [JSONValue]?
    /// The record's text when it cannot be parsed (shown as is).
    public var unparsed: String?
    /// The record's original text, for editing.
    public var original: String
}

/// Which examples the browser shows; nil fields do not filter.
public struct ExampleFilter: Sendable, Equatable {
    public var status: ReviewStatus?
    public var tag: String?
    public var category: CheckCategory?
    /// Only examples with an exact or near duplicate.
    public var duplicates = false
    /// Total tokens at least / at most (inclusive).
    public var minTokens: Int?
    public var maxTokens: Int?
    /// Only examples with a message of this role (chat and preference records; `role:tool`).
    public var role: String?

    public init(status: ReviewStatus? = nil, tag: String? = nil, category: CheckCategory? = nil, duplicates: Bool = false,
                minTokens: Int? = nil, maxTokens: Int? = nil, role: String? = nil) {
        self.status = status
        self.tag = tag
        self.category = category
        self.duplicates = duplicates
        self.minTokens = minTokens
        self.maxTokens = maxTokens
        self.role = role
    }

    public var isEmpty: Bool {
        status == nil && tag == nil && category == nil && !duplicates && minTokens == nil && maxTokens == nil && role == nil
    }

    /// `status=pending tag:nested error:turn_order`, for the header.
    public var label: String {
        var parts: [String] = []
        if let status { parts.append("status=\(status.rawValue)") }
        if let tag { parts.append("tag:\(tag)") }
        if let category { parts.append("\(category.isError ? "error" : "warning"):\(category.rawValue)") }
        if duplicates { parts.append("dup") }
        if let minTokens { parts.append("tokens>\(minTokens - 1)") }
        if let maxTokens { parts.append("tokens<\(maxTokens + 1)") }
        if let role { parts.append("role:\(role)") }
        return parts.joined(separator: " ")
    }

    /// The SQL condition (after WHERE) and its arguments.
    var condition: (String, StatementArguments) {
        var clauses = [ProjectStore.inCompleteDataset]
        var arguments: StatementArguments = []
        if let status {
            clauses.append("status = ?")
            _ = arguments.append(contentsOf: [ProjectStore.statusCodes.firstIndex(of: status)!])
        }
        if let tag {
            clauses.append("instr(tags, ?) > 0")
            _ = arguments.append(contentsOf: [String(decoding: try! JSONEncoder().encode(tag), as: UTF8.self)])
        }
        if let category {
            clauses.append("instr(',' || coalesce(checks, ''), ?) > 0")
            _ = arguments.append(contentsOf: [",\(category.rawValue):"])
        }
        if duplicates {
            clauses.append("(instr(',' || coalesce(checks, ''), ',exact_duplicate:') > 0 OR instr(',' || coalesce(checks, ''), ',near_duplicate:') > 0)")
        }
        if let minTokens {
            clauses.append("total_tokens >= ?")
            _ = arguments.append(contentsOf: [minTokens])
        }
        if let maxTokens {
            clauses.append("total_tokens <= ?")
            _ = arguments.append(contentsOf: [maxTokens])
        }
        if let role {
            // The stored record's messages (a preference record's input messages): this one reads the text.
            clauses.append("EXISTS (SELECT 1 FROM example_text AS role_text, json_each(role_text.original, "
                + "CASE WHEN json_type(role_text.original, '$.messages') = 'array' THEN '$.messages' "
                + "WHEN json_type(role_text.original, '$.input.messages') = 'array' THEN '$.input.messages' ELSE '$.none' END) AS role_message "
                // Read from the document by path: an element that is not an object has no role (and no error).
                + "WHERE role_text.id = example.id AND json_extract(role_text.original, role_message.fullkey || '.role') = ?)")
            _ = arguments.append(contentsOf: [role])
        }
        return (clauses.joined(separator: " AND "), arguments)
    }
}

/// Where a page of the list is read from.
public enum PageAnchor: Sendable, Equatable {
    case first
    case last
    /// Around this rowid: the row itself (or the next one that passes the filter) and its neighbours.
    case around(Int64)
}

/// A window of consecutive rows of the (filtered) list.
public struct ExamplePage: Sendable, Equatable {
    public var rows: [ExampleRow]
    /// Rows exist before the first row / after the last row of this page.
    public var hasBefore: Bool
    public var hasAfter: Bool
    /// The row the anchor named (or the nearest that passes the filter).
    public var anchorRowID: Int64?

    public init(rows: [ExampleRow] = [], hasBefore: Bool = false, hasAfter: Bool = false, anchorRowID: Int64? = nil) {
        self.rows = rows
        self.hasBefore = hasBefore
        self.hasAfter = hasAfter
        self.anchorRowID = anchorRowID
    }
}

extension ProjectStore {
    /// Reads a window of the list around `anchor`: up to `before` rows before it and `after` rows from it on,
    /// in dataset order. Two index range scans on the rowid; nothing is counted.
    public func examplePage(anchor: PageAnchor, filter: ExampleFilter = ExampleFilter(), before: Int = 100,
                            after: Int = 200) throws -> ExamplePage {
        try pool.read { db in
            let formats = try Self.normalisers(db)
            let (condition, arguments) = filter.condition
            let columns = "example.id, key, dataset_id, status, total_tokens, checks, tags, original"
            func fetch(_ sql: String, _ extra: StatementArguments) throws -> [ExampleRow] {
                try Row.fetchAll(db, sql: sql, arguments: arguments + extra).map { Self.exampleRow($0, formats) }
            }
            var head: [ExampleRow] = [], tail: [ExampleRow] = []
            switch anchor {
            case .first:
                tail = try fetch("SELECT \(columns) FROM example JOIN example_text USING (id) WHERE \(condition) ORDER BY id LIMIT ?", [after + 1])
            case .last:
                head = try fetch("SELECT \(columns) FROM example JOIN example_text USING (id) WHERE \(condition) ORDER BY id DESC LIMIT ?",
                                 [before + after + 1]).reversed()
            case .around(let rowID):
                tail = try fetch("SELECT \(columns) FROM example JOIN example_text USING (id) WHERE \(condition) AND id >= ? ORDER BY id LIMIT ?",
                                 [rowID, after + 1])
                head = try fetch("SELECT \(columns) FROM example JOIN example_text USING (id) WHERE \(condition) AND id < ? ORDER BY id DESC LIMIT ?",
                                 [rowID, before + 1]).reversed()
                if tail.isEmpty, !head.isEmpty { tail = [head.removeLast()] }  // past the end: the last row
            }
            var hasBefore = false, hasAfter = false
            if anchor == .last {
                hasBefore = head.count > before + after
                if hasBefore { head.removeFirst() }
                let anchorRow = head.last?.rowID
                return ExamplePage(rows: head, hasBefore: hasBefore, hasAfter: false, anchorRowID: anchorRow)
            }
            if head.count > before { head.removeFirst(); hasBefore = true }
            if tail.count > after { tail.removeLast(); hasAfter = true }
            return ExamplePage(rows: head + tail, hasBefore: hasBefore, hasAfter: hasAfter, anchorRowID: tail.first?.rowID)
        }
    }

    /// The example with this rowid, for the detail view.
    public func exampleDetail(rowID: Int64) throws -> ExampleDetail {
        try pool.read { db in
            let formats = try Self.normalisers(db)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT example.id, key, dataset_id, status, total_tokens, checks, tags, original, note
                FROM example JOIN example_text USING (id) WHERE id = ?
                """, arguments: [rowID]) else { throw DatasetStoreError.noSuchExample("#\(rowID)") }
            let listed = Self.exampleRow(row, formats)
            let original: String = row["original"]
            guard let parsed = try? JSONParser.parse(original) else {
                return ExampleDetail(row: listed, note: row["note"], messages: [], tools: [], rejected: nil,
                                     unparsed: original, original: original)
            }
            let example = (formats[row["dataset_id"]]?.1 ?? Normaliser(format: .openaiChat)).normalise(parsed)
            return ExampleDetail(row: listed, note: row["note"], messages: example.messages, tools: example.tools,
                                 rejected: example.rejected, unparsed: nil, original: original)
        }
    }

    /// The next (or previous) example after `rowID` that passes `filter` and is still pending review.
    public func nextUnreviewed(after rowID: Int64?, forward: Bool, filter: ExampleFilter = ExampleFilter()) throws -> Int64? {
        var pending = filter
        pending.status = .pending
        return try nextRow(after: rowID, forward: forward, filter: pending)
    }

    /// The searchable text of a record: each message's content and tool-call arguments (the raw text when the
    /// record does not parse).
    static func messageText(of original: String, normaliser: Normaliser) -> [String] {
        guard let parsed = try? JSONParser.parse(original) else { return [original] }
        let example = normaliser.normalise(parsed)
        return (example.messages + (example.rejected ?? [])).flatMap { message -> [String] in
            var texts = ContentText.text(of: message["content"]).map { [$0] } ?? []
            for call in message["tool_calls"]?.arrayValue ?? [] {
                if let arguments = call["function"]?["arguments"]?.stringValue { texts.append(arguments) }
            }
            return texts
        }
    }

    /// The rowid of an example id (for jumping to the example an undo changed); nil when absent or ambiguous.
    public func rowID(of exampleID: String) throws -> Int64? {
        try pool.read { db in try? Self.exampleRowID(db, key: exampleID, dataset: nil) }
    }

    private func nextRow(after rowID: Int64?, forward: Bool, filter: ExampleFilter) throws -> Int64? {
        try pool.read { db in
            var (condition, arguments) = filter.condition
            if let rowID {
                condition += forward ? " AND id > ?" : " AND id < ?"
                _ = arguments.append(contentsOf: [rowID])
            }
            return try Int64.fetchOne(db, sql: "SELECT id FROM example WHERE \(condition) ORDER BY id \(forward ? "" : "DESC") LIMIT 1",
                                      arguments: arguments)
        }
    }

    /// `text` as a JSON string body with every non-ASCII character escaped (`数` → `\u6570`), as Python's
    /// `json.dumps` writes it; LIKE ignores ASCII case, so upper-case hex digits match too.
    static func jsonEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value > 0x7E:
                for unit in String(scalar).utf16 { result += String(format: "\\u%04x", unit) }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func likePattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }

    /// Each dataset's name and the normaliser that reads its records, by dataset id.
    ///
    /// Reads only the columns it needs, never a whole ``DatasetRow``: migrations call it (dataset-search-cjk-runs)
    /// on files whose `dataset` table lacks columns later migrations add, so they pass `beforeCompleteness`
    /// (every dataset, even one still being imported); everything else gets complete datasets only.
    static func normalisers(_ db: Database, beforeCompleteness: Bool = false) throws -> [Int64: (String, Normaliser)] {
        var result: [Int64: (String, Normaliser)] = [:]
        let condition = beforeCompleteness ? "" : " WHERE complete"
        for row in try Row.fetchAll(db, sql: "SELECT id, name, format, column_mapping FROM dataset\(condition)") {
            let format = DatasetFormat(rawValue: row["format"]) ?? .openaiChat
            let mapping = try (row["column_mapping"] as String?).map { try CSVColumnMapping(parsing: $0) }
            result[row["id"]] = (row["name"], Normaliser(format: format, columnMapping: mapping))
        }
        return result
    }

    static func exampleRow(_ row: Row, _ formats: [Int64: (String, Normaliser)]) -> ExampleRow {
        let checks = CheckCounts(encoded: row["checks"])
        let tagsText: String = row["tags"]
        let tags = tagsText.isEmpty ? [] : (try? JSONDecoder().decode([String].self, from: Data(tagsText.utf8))) ?? []
        let format = formats[row["dataset_id"]]
        let original: String = row["original"]
        return ExampleRow(
            rowID: row[0], id: ExampleKey.string(row["key"]), dataset: format?.0 ?? "",
            status: statusCodes[row["status"] as Int], tokens: row["total_tokens"],
            findings: checks.categories.map { Finding(category: $0, count: checks[$0]) }, tags: tags,
            firstLine: FirstLineCache.shared.firstLine(of: original, dataset: row["dataset_id"]) {
                firstLine(of: original, normaliser: format?.1 ?? Normaliser(format: .openaiChat))
            })
    }

    /// The first line of the first user message (else of the first message with text; else the raw record).
    static func firstLine(of original: String, normaliser: Normaliser) -> String {
        let text: String
        if let parsed = try? JSONParser.parse(original) {
            let messages = normaliser.normalise(parsed).messages
            let user = messages.first { $0["role"]?.stringValue == "user" } ?? messages.first
            text = user.flatMap { ContentText.text(of: $0["content"]) } ?? original
        } else {
            text = original
        }
        // Only the first line that is not blank; the rest of a long text is never cut into lines.
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            if !line.allSatisfy(\.isWhitespace) { return String(line.trimmingCharacters(in: .whitespaces).prefix(300)) }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return ""
    }
}
