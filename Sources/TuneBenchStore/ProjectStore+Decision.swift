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

    /// Applies answers (nil removes one) to the stored ones as one logged change, evaluates the tree on the
    /// result, marks the answers that disagree with the evidence and records the recommendation in the history.
    /// - Returns: the outcome now in force.
    @discardableResult
    public func answerDecision(_ answers: [String: String?], now: Date = Date()) throws -> DecisionOutcome {
        try changeDecisionAnswers(answers, now: now)
        return try evaluateDecision()
    }

    /// Stores answers (nil removes one) as one logged change, so `undo(scope: .decision)` puts the earlier ones
    /// back, then refreshes the derived marks and the recommendation history.
    /// - Returns: the logged change, or nil when every answer already had its value.
    @discardableResult
    public func changeDecisionAnswers(_ answers: [String: String?], now: Date = Date()) throws -> EditOutcome? {
        let outcome = try pool.write { db -> EditOutcome? in
            var changes: [DecisionAnswersEdit.Change] = []
            for (node, value) in answers {
                let before = try String.fetchOne(db, sql: "SELECT value FROM decision_answer WHERE node = ?", arguments: [node])
                if before != value { changes.append(.init(node: node, before: before, after: value)) }
            }
            guard !changes.isEmpty else { return nil }
            let change = DecisionAnswersEdit(changes: changes)
            try Self.writeAnswers(change.afterAnswers, now: now, db: db)
            let sequence = try Self.logApply(.decisionAnswers(change), references: EditReferences(), now: now, db: db)
            return try Self.applied(.decisionAnswers(change), sequence: sequence, db: db)
        }
        if outcome != nil { try refreshDecisionRecord(now: now) }
        return outcome
    }

    /// Applies a logged answers change after checking each node still has the answer it expects.
    static func performAnswers(_ change: DecisionAnswersEdit, now: Date, db: Database) throws {
        for item in change.changes {
            let current = try String.fetchOne(db, sql: "SELECT value FROM decision_answer WHERE node = ?", arguments: [item.node])
            guard current == item.before else { throw EditStoreError.changedElsewhere("the answer to '\(item.node)'") }
        }
        try writeAnswers(change.afterAnswers, now: now, db: db)
    }

    /// Writes answers (nil removes one); the override marks are derived afterwards (``refreshDecisionRecord``).
    static func writeAnswers(_ answers: [String: String?], now: Date, db: Database) throws {
        for (node, value) in answers {
            guard let value else {
                try db.execute(sql: "DELETE FROM decision_answer WHERE node = ?", arguments: [node])
                continue
            }
            try db.execute(sql: """
                INSERT INTO decision_answer (node, value, is_override, evidence, answered_at) VALUES (?, ?, 0, NULL, ?)
                ON CONFLICT(node) DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at
                """, arguments: [node, value, now.timeIntervalSince1970])
        }
    }

    /// Evaluates the tree on the stored answers, marks each stored answer that overrides the evidence (with the
    /// evidence it overrides) and records the recommendation if it changed: the facts that follow an answer.
    func refreshDecisionRecord(now: Date) throws {
        let outcome = try evaluateDecision()
        try pool.write { db in
            for step in outcome.path {
                try db.execute(sql: "UPDATE decision_answer SET is_override = ?, evidence = ? WHERE node = ?",
                               arguments: [step.source == .override, step.evidence, step.node])
            }
        }
        try recordDecision(outcome, now: now)
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
