import Foundation
import GRDB
import TuneBenchCore

/// A recommendation as it was recorded, for the project's decision history.
public struct DecisionRecord: Equatable, Sendable {
    public let recommendation: Recommendation
    public let reasons: [String]
    public let path: [String]
    public let recordedAt: Date
}

extension ProjectStore {
    /// The stored answers of the decision tree, keyed by node id.
    public func decisionAnswers() throws -> [String: String] {
        try pool.read { db in
            var answers: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT node, value FROM decision_answer") { answers[row["node"]] = row["value"] }
            return answers
        }
    }

    /// Applies answers (nil removes one) to the stored ones, evaluates the tree once on the result, stores the
    /// answers with their override marks and records the recommendation in the history.
    /// - Returns: the outcome now in force.
    @discardableResult
    public func answerDecision(_ answers: [String: String?], now: Date = Date()) throws -> DecisionOutcome {
        var merged = try decisionAnswers()
        for (node, value) in answers { merged[node] = value }
        let outcome = DecisionEngine(evidence: try decisionEvidence()).evaluate(answers: merged)
        try setDecisionAnswers(answers, outcome: outcome, now: now)
        try recordDecision(outcome, now: now)
        return outcome
    }

    /// Stores answers (nil removes one), marking those that disagree with the evidence as overrides.
    /// - Returns: the previous values, so an edit can be undone.
    @discardableResult
    public func setDecisionAnswers(_ answers: [String: String?], outcome: DecisionOutcome? = nil,
                                   now: Date = Date()) throws -> [String: String?] {
        try pool.write { db in
            var previous: [String: String?] = [:]
            for (node, value) in answers {
                previous[node] = try String.fetchOne(db, sql: "SELECT value FROM decision_answer WHERE node = ?", arguments: [node])
                guard let value else {
                    try db.execute(sql: "DELETE FROM decision_answer WHERE node = ?", arguments: [node])
                    continue
                }
                let step = outcome?.path.first { $0.node == node }
                try db.execute(sql: """
                    INSERT INTO decision_answer (node, value, is_override, evidence, answered_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(node) DO UPDATE SET value = excluded.value, is_override = excluded.is_override,
                        evidence = excluded.evidence, answered_at = excluded.answered_at
                    """, arguments: [node, value, step?.source == .override, step?.evidence, now.timeIntervalSince1970])
            }
            return previous
        }
    }

    /// Appends a recommendation to the history unless it repeats the latest one with the same reasons.
    /// - Returns: true when a new record was written.
    @discardableResult
    public func recordDecision(_ outcome: DecisionOutcome, now: Date = Date()) throws -> Bool {
        guard let recommendation = outcome.recommendation else { return false }
        let reasons = try Self.encodeJSON(outcome.reasons)
        let path = try Self.encodeJSON(outcome.nodeIDs)
        return try pool.write { db in
            let latest = try Row.fetchOne(db, sql: "SELECT recommendation, reasons FROM decision_record ORDER BY id DESC LIMIT 1")
            if let latest, latest["recommendation"] == recommendation.rawValue, latest["reasons"] == reasons { return false }
            try db.execute(sql: "INSERT INTO decision_record (recommendation, reasons, path, recorded_at) VALUES (?, ?, ?, ?)",
                           arguments: [recommendation.rawValue, reasons, path, now.timeIntervalSince1970])
            return true
        }
    }

    /// Every recorded recommendation, oldest first.
    public func decisionHistory() throws -> [DecisionRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM decision_record ORDER BY id").compactMap { row in
                guard let recommendation = Recommendation(rawValue: row["recommendation"]) else { return nil }
                return DecisionRecord(
                    recommendation: recommendation,
                    reasons: (try? JSONDecoder().decode([String].self, from: Data((row["reasons"] as String).utf8))) ?? [],
                    path: (try? JSONDecoder().decode([String].self, from: Data((row["path"] as String).utf8))) ?? [],
                    recordedAt: Date(timeIntervalSince1970: row["recorded_at"]))
            }
        }
    }

    private static func encodeJSON(_ strings: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
    }
}
