import Foundation
import GRDB
import TuneBenchCore

/// Which cases the Evals pane lists. In a comparison, failures and passes are B's (the candidate), errors are
/// either run's, and flips are the cases where A and B disagree.
public enum EvalCaseFilter: String, CaseIterable, Sendable {
    case all, failures, passes, errors, flips
}

/// What the case list shows: one run's cases, or the cases two runs share (paired on the case key, in A's order),
/// narrowed by a filter and a text search.
public struct EvalCaseQuery: Sendable, Equatable {
    /// The run listed (A in a comparison).
    public var runID: Int64
    /// B in a comparison.
    public var otherRunID: Int64?
    public var filter: EvalCaseFilter
    /// Cases whose key, input or output contains this (ASCII case-insensitive); nil or empty: no search.
    public var search: String?

    public init(runID: Int64, otherRunID: Int64? = nil, filter: EvalCaseFilter = .all, search: String? = nil) {
        self.runID = runID
        self.otherRunID = otherRunID
        self.filter = filter
        self.search = search
    }
}

/// One run's verdict on a listed case.
public struct EvalCaseVerdict: Sendable, Equatable {
    /// After the override, if any.
    public var pass: Bool
    public var score: Double
    public var isOverridden: Bool
    public var hasError: Bool

    public init(pass: Bool, score: Double, isOverridden: Bool, hasError: Bool) {
        self.pass = pass
        self.score = score
        self.isOverridden = isOverridden
        self.hasError = hasError
    }
}

/// One line of the case list: small facts only (never the case's texts beyond the start of its input).
public struct EvalCaseRow: Sendable, Equatable {
    /// Position in the listed run; pages are keyed on it.
    public var ordinal: Int
    public var key: String
    /// The first non-empty line of the input.
    public var firstLine: String
    public var a: EvalCaseVerdict
    /// B's verdict in a comparison.
    public var b: EvalCaseVerdict?

    public init(ordinal: Int, key: String, firstLine: String, a: EvalCaseVerdict, b: EvalCaseVerdict? = nil) {
        self.ordinal = ordinal
        self.key = key
        self.firstLine = firstLine
        self.a = a
        self.b = b
    }
}

/// A window of the case list around an anchor, and whether more rows lie before and after it.
public struct EvalCasePage: Sendable, Equatable {
    public var rows: [EvalCaseRow]
    public var hasBefore: Bool
    public var hasAfter: Bool
    /// The ordinal the window was read around (the first row at or after it), if any row matched.
    public var anchorOrdinal: Int?

    public init(rows: [EvalCaseRow] = [], hasBefore: Bool = false, hasAfter: Bool = false, anchorOrdinal: Int? = nil) {
        self.rows = rows
        self.hasBefore = hasBefore
        self.hasAfter = hasAfter
        self.anchorOrdinal = anchorOrdinal
    }
}

/// Where a case window is read.
public enum EvalCaseAnchor: Sendable, Equatable {
    case first
    case last
    /// Around this ordinal: the rows before it and the rows from it on.
    case around(Int)
}

extension ProjectStore {
    /// A window of the case list: up to `before` matching rows before the anchor and `after` from it on, read with
    /// the ordinal index (a page never scans the run; a filter or search scans only until the window is full).
    public func evalCasePage(_ query: EvalCaseQuery, anchor: EvalCaseAnchor, before: Int = 100, after: Int = 200) throws -> EvalCasePage {
        try pool.read { db in
            let (sql, arguments) = Self.caseWindowSQL(query)
            func fetch(_ comparison: String, _ order: String, _ bound: Int, _ limit: Int) throws -> [EvalCaseRow] {
                var all = arguments
                all += [bound, limit]
                return try Row.fetchAll(db, sql: sql + " AND a.ordinal \(comparison) ? ORDER BY a.ordinal \(order) LIMIT ?",
                                        arguments: all).map { Self.caseRow($0, paired: query.otherRunID != nil) }
            }
            let start: Int
            switch anchor {
            case .first: start = 0
            case .last: start = Int(Int32.max)
            case .around(let ordinal): start = ordinal
            }
            let later = start == Int(Int32.max) ? [] : try fetch(">=", "ASC", start, after + 1)
            let earlier = start == 0 ? [] : try fetch("<", "DESC", start, (later.isEmpty ? before + after : before) + 1)
            let earlierLimit = later.isEmpty ? before + after : before
            let shownEarlier = Array(earlier.prefix(earlierLimit).reversed())
            let shownLater = Array(later.prefix(after))
            return EvalCasePage(rows: shownEarlier + shownLater, hasBefore: earlier.count > earlierLimit,
                                hasAfter: later.count > after, anchorOrdinal: shownLater.first?.ordinal ?? shownEarlier.last?.ordinal)
        }
    }

    /// One case of a run by key (through the key's unique index), with its override; nil when the run has no such
    /// case.
    public func evalCase(runID: Int64, key: String) throws -> StoredEvalCase? {
        try pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT c.*, o.pass AS o_pass, o.note AS o_note, o.created_at AS o_created
                FROM eval_case c LEFT JOIN eval_override o ON o.run_id = c.run_id AND o.case_key = c.case_key
                WHERE c.run_id = ? AND c.case_key = ?
                """, arguments: [runID, key]).map { try Self.storedCase($0, runID: runID) }
        }
    }

    private static func caseWindowSQL(_ query: EvalCaseQuery) -> (String, StatementArguments) {
        let paired = query.otherRunID != nil
        var sql = """
            SELECT a.ordinal, a.case_key, substr(a.input, 1, 400) AS head,
                coalesce(oa.pass, a.pass) AS a_pass, CASE WHEN oa.pass IS NULL THEN a.score ELSE oa.pass END AS a_score,
                oa.pass IS NOT NULL AS a_override, a.error IS NOT NULL AS a_error
            """
        if paired {
            sql += """
                ,
                    coalesce(ob.pass, b.pass) AS b_pass, CASE WHEN ob.pass IS NULL THEN b.score ELSE ob.pass END AS b_score,
                    ob.pass IS NOT NULL AS b_override, b.error IS NOT NULL AS b_error
                """
        }
        sql += "\nFROM eval_case a LEFT JOIN eval_override oa ON oa.run_id = a.run_id AND oa.case_key = a.case_key"
        var arguments: StatementArguments = []
        if let other = query.otherRunID {
            sql += """

                JOIN eval_case b ON b.run_id = ? AND b.case_key = a.case_key
                LEFT JOIN eval_override ob ON ob.run_id = b.run_id AND ob.case_key = b.case_key
                """
            arguments += [other]
        }
        sql += "\nWHERE a.run_id = ?"
        arguments += [query.runID]
        let verdict = paired ? "coalesce(ob.pass, b.pass)" : "coalesce(oa.pass, a.pass)"
        switch query.filter {
        case .all: break
        case .failures: sql += " AND \(verdict) = 0"
        case .passes: sql += " AND \(verdict) = 1"
        case .errors: sql += paired ? " AND (a.error IS NOT NULL OR b.error IS NOT NULL)" : " AND a.error IS NOT NULL"
        case .flips: if paired { sql += " AND coalesce(oa.pass, a.pass) <> coalesce(ob.pass, b.pass)" }
        }
        if let search = query.search, !search.isEmpty {
            let pattern = "%" + search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            let fields = ["a.case_key", "a.input", "a.output"] + (paired ? ["b.output"] : [])
            sql += " AND (" + fields.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")"
            for _ in fields { arguments += [pattern] }
        }
        return (sql, arguments)
    }

    private static func caseRow(_ row: Row, paired: Bool) -> EvalCaseRow {
        let head: String = row["head"]
        let firstLine = head.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
        return EvalCaseRow(
            ordinal: row["ordinal"], key: row["case_key"], firstLine: firstLine,
            a: EvalCaseVerdict(pass: row["a_pass"], score: row["a_score"], isOverridden: row["a_override"], hasError: row["a_error"]),
            b: paired ? EvalCaseVerdict(pass: row["b_pass"], score: row["b_score"], isOverridden: row["b_override"],
                                        hasError: row["b_error"]) : nil)
    }
}
