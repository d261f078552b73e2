import GRDB

/// How `tunebench info` counts each kind of record. Each domain appends its kinds; a query must stay cheap at a
/// million examples (read a kept counter, never `count(*)` over a large table).
enum RecordCounts {
    /// (JSON key, SQL returning one integer). The table must exist from the migrations.
    static let all: [(key: String, sql: String)] = [
        ("settings", "SELECT count(*) FROM setting"),
        ("eval_runs", "SELECT count(*) FROM eval_run"),
        ("eval_cases", "SELECT coalesce(sum(case_count), 0) FROM eval_run"),
        ("decision_answers", "SELECT count(*) FROM decision_answer"),
        ("decisions", "SELECT count(*) FROM decision_record"),
        ("datasets", "SELECT count(*) FROM dataset WHERE complete"),
        ("examples", "SELECT coalesce(sum(example_count), 0) FROM dataset WHERE complete"),
        ("assumptions", "SELECT count(*) FROM cost_assumption"),
    ]
}

extension ProjectStore {
    /// The number of records of every kind, keyed as in `tunebench info --json`'s `counts`.
    public func recordCounts() throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for (key, sql) in RecordCounts.all { counts[key] = try Int.fetchOne(db, sql: sql) ?? 0 }
            return counts
        }
    }
}
