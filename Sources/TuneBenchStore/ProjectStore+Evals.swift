import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// Stores the runs of one imported or graded file in a single transaction: either every run and case is in the
    /// project afterwards, or (on any error) none is.
    /// `progress` gets the cases stored so far of all the runs' cases.
    /// - Returns: the stored runs, in the order given.
    @discardableResult
    public func insertEvalRuns(_ runs: [EvalRun], sourceFile: String?, now: Date = Date(),
                               progress: (WorkProgress) -> Void = { _ in }) throws -> [StoredEvalRun] {
        try insertEvalRuns(runs.map { ($0, EvalRunOrigin(sourceFile: sourceFile)) }, now: now, progress: progress)
    }

    /// Stores runs with where each came from, in a single transaction (all or none); `progress` hears the cases
    /// stored.
    @discardableResult
    public func insertEvalRuns(_ runs: [(run: EvalRun, origin: EvalRunOrigin)], now: Date = Date(),
                               progress: (WorkProgress) -> Void = { _ in }) throws -> [StoredEvalRun] {
        let total = runs.reduce(0) { $0 + $1.run.cases.count }
        var stored = 0
        let ids: [Int64] = try pool.write { db in
            let caseStatement = try db.makeStatement(sql: """
                INSERT INTO eval_case (run_id, ordinal, case_key, input, output, expected, pass, score, metrics, verdicts,
                    latency_ms, tokens_in, tokens_out, tokens_total, cost, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var ids: [Int64] = []
            for (run, origin) in runs {
                let summary = RunSummary(run.cases)
                try db.execute(sql: """
                    INSERT INTO eval_run (name, source, source_file, model, created_at, imported_at, rung, case_count,
                        passed_count, score_sum, error_count, cost_total, latency_mean_ms, runner, runner_sequence,
                        content_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        run.name, run.source, origin.sourceFile, run.model, run.created?.timeIntervalSince1970,
                        now.timeIntervalSince1970, run.rung?.rawValue, summary.cases, summary.passed,
                        run.cases.reduce(0) { $0 + $1.score }, summary.errors, summary.totalCost, summary.meanLatencyMs,
                        origin.runner, origin.runnerSequence, origin.contentHash,
                    ])
                let runID = db.lastInsertedRowID
                for (ordinal, item) in run.cases.enumerated() {
                    try caseStatement.execute(arguments: [
                        runID, ordinal, item.key, item.input, item.output, item.expected, item.pass, item.score,
                        EvalCaseCoding.metricsJSON(item.metrics), EvalCaseCoding.verdictsJSON(item.verdicts),
                        item.latencyMs, item.tokens?.input, item.tokens?.output, item.tokens?.total, item.cost, item.error,
                    ])
                    stored += 1
                    if stored % 1024 == 0 { progress(WorkProgress(records: stored, totalRecords: total)) }
                }
                ids.append(runID)
            }
            return ids
        }
        return try ids.map { try evalRun(id: $0) }
    }

    /// Every run, oldest first, figures after overrides.
    public func evalRuns() throws -> [StoredEvalRun] {
        try pool.read { db in try Row.fetchAll(db, sql: Self.runSelect + " ORDER BY r.id").map(Self.storedRun) }
    }

    /// The run with this id.
    public func evalRun(id: Int64) throws -> StoredEvalRun {
        let run = try pool.read { db in try Row.fetchOne(db, sql: Self.runSelect + " WHERE r.id = ?", arguments: [id]).map(Self.storedRun) }
        guard let run else { throw EvalStoreError.runNotFound(String(id)) }
        return run
    }

    /// The run a user means by `reference`: an id, else a unique name.
    public func evalRun(resolving reference: String) throws -> StoredEvalRun {
        if let id = Int64(reference), let run = try? evalRun(id: id) { return run }
        let ids = try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM eval_run WHERE name = ? ORDER BY id", arguments: [reference])
        }
        switch ids.count {
        case 0:
            let names = try pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM eval_run GROUP BY name ORDER BY min(id)") }
            throw EvalStoreError.runNotFound(reference, suggestion: NearestName.suggestion(for: reference, among: names))
        case 1: return try evalRun(id: ids[0])
        default: throw EvalStoreError.ambiguousRunName(reference, ids: ids)
        }
    }

    /// Sets or clears (nil) the ladder rung a run stands for.
    public func setEvalRung(runID: Int64, to rung: Rung?) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE eval_run SET rung = ? WHERE id = ?", arguments: [rung?.rawValue, runID])
            if db.changesCount == 0 { throw EvalStoreError.runNotFound(String(runID)) }
        }
    }

    /// A page of a run's cases in run order, with their overrides.
    public func evalCases(runID: Int64, offset: Int = 0, limit: Int = Int.max) throws -> [StoredEvalCase] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.*, o.pass AS o_pass, o.note AS o_note, o.created_at AS o_created
                FROM eval_case c LEFT JOIN eval_override o ON o.run_id = c.run_id AND o.case_key = c.case_key
                WHERE c.run_id = ? ORDER BY c.ordinal LIMIT ? OFFSET ?
                """, arguments: [runID, Int64(clamping: limit), offset]).map { try Self.storedCase($0, runID: runID) }
        }
    }

    /// A case row joined with its override (`o_pass`, `o_note`, `o_created`) as a stored case.
    static func storedCase(_ row: Row, runID: Int64) throws -> StoredEvalCase {
        let tokens: CaseTokens? = row["tokens_in"] == nil && row["tokens_out"] == nil && row["tokens_total"] == nil
            ? nil : CaseTokens(input: row["tokens_in"], output: row["tokens_out"], total: row["tokens_total"])
        let imported = EvalCase(
            key: row["case_key"], input: row["input"], output: row["output"], expected: row["expected"],
            pass: row["pass"], score: row["score"],
            metrics: try EvalCaseCoding.metrics(fromJSON: row["metrics"]),
            verdicts: try EvalCaseCoding.verdicts(fromJSON: row["verdicts"]),
            latencyMs: row["latency_ms"], tokens: tokens, cost: row["cost"], error: row["error"])
        let override: EvalOverride? = (row["o_pass"] as Bool?).map { pass in
            EvalOverride(runID: runID, caseKey: imported.key, pass: pass, note: row["o_note"],
                         created: Date(timeIntervalSince1970: row["o_created"]))
        }
        return StoredEvalCase(ordinal: row["ordinal"], imported: imported, override: override)
    }

    /// A case's verdict after its override (`c` the case, `o` its left-joined override): every reader of
    /// effective verdicts uses this one expression.
    static let effectivePassSQL = "coalesce(o.pass, c.pass)"

    /// Every case's key, pass and score after overrides, in run order: what a comparison needs, nothing more.
    public func evalOutcomes(runID: Int64) throws -> [PairedComparison.Outcome] {
        try pool.read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT c.case_key, \(Self.effectivePassSQL), CASE WHEN o.pass IS NULL THEN c.score ELSE o.pass END
                FROM eval_case c LEFT JOIN eval_override o ON o.run_id = c.run_id AND o.case_key = c.case_key
                WHERE c.run_id = ? ORDER BY c.ordinal
                """, arguments: [runID])
            var outcomes: [PairedComparison.Outcome] = []
            while let row = try cursor.next() {
                outcomes.append(PairedComparison.Outcome(key: row[0], pass: row[1], score: row[2]))
            }
            return outcomes
        }
    }

    /// Puts `override` on its case (nil removes it) and returns the one it replaced (not logged: the callers log).
    @discardableResult
    static func replaceOverride(_ db: Database, runID: Int64, caseKey: String, with override: EvalOverride?) throws -> EvalOverride? {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM eval_case WHERE run_id = ? AND case_key = ?", arguments: [runID, caseKey]) != nil else {
            throw EvalStoreError.caseNotFound(runID: runID, key: caseKey)
        }
        let previous = try currentOverride(db, runID: runID, caseKey: caseKey)
        try db.execute(sql: "DELETE FROM eval_override WHERE run_id = ? AND case_key = ?", arguments: [runID, caseKey])
        if let override {
            try db.execute(sql: "INSERT INTO eval_override (run_id, case_key, pass, note, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [runID, caseKey, override.pass, override.note, override.created.timeIntervalSince1970])
        }
        return previous
    }

    static func currentOverride(_ db: Database, runID: Int64, caseKey: String) throws -> EvalOverride? {
        try Row.fetchOne(db, sql: "SELECT pass, note, created_at FROM eval_override WHERE run_id = ? AND case_key = ?",
                         arguments: [runID, caseKey]).map { row in
            EvalOverride(runID: runID, caseKey: caseKey, pass: row["pass"], note: row["note"],
                         created: Date(timeIntervalSince1970: row["created_at"]))
        }
    }

    /// A run's overrides in case order.
    public func evalOverrides(runID: Int64) throws -> [EvalOverride] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.* FROM eval_override o JOIN eval_case c ON c.run_id = o.run_id AND c.case_key = o.case_key
                WHERE o.run_id = ? ORDER BY c.ordinal
                """, arguments: [runID]).map { row in
                EvalOverride(runID: runID, caseKey: row["case_key"], pass: row["pass"], note: row["note"],
                             created: Date(timeIntervalSince1970: row["created_at"]))
            }
        }
    }

    /// Run columns plus the overrides' effect on the counters (overrides are few; cases are never scanned).
    private static let runSelect = """
        SELECT r.*, coalesce(d.count, 0) AS override_count, coalesce(d.pass_delta, 0) AS pass_delta,
            coalesce(d.score_delta, 0) AS score_delta
        FROM eval_run r LEFT JOIN (
            SELECT o.run_id, count(*) AS count, sum(o.pass - c.pass) AS pass_delta, sum(o.pass - c.score) AS score_delta
            FROM eval_override o JOIN eval_case c ON c.run_id = o.run_id AND c.case_key = o.case_key
            GROUP BY o.run_id
        ) d ON d.run_id = r.id
        """

    private static func storedRun(_ row: Row) -> StoredEvalRun {
        StoredEvalRun(
            id: row["id"], name: row["name"], source: row["source"], sourceFile: row["source_file"], model: row["model"],
            created: (row["created_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            imported: Date(timeIntervalSince1970: row["imported_at"]),
            rung: (row["rung"] as String?).flatMap(Rung.init(rawValue:)),
            cases: row["case_count"], passed: (row["passed_count"] as Int) + (row["pass_delta"] as Int),
            scoreSum: (row["score_sum"] as Double) + (row["score_delta"] as Double), errors: row["error_count"],
            totalCost: row["cost_total"], meanLatencyMs: row["latency_mean_ms"], overrides: row["override_count"],
            runner: row["runner"])
    }
}
