import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    /// Every case of a run as preference pairing needs it, in run order: key, input, output, the effective verdict
    /// (the same one `evalOutcomes` gives `evals compare`) and the override's note when there is an override.
    public func evalPreferenceCases(runID: Int64) throws -> [PreferenceCase] {
        try pool.read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT c.case_key, c.input, c.output, \(Self.effectivePassSQL), o.note, o.pass IS NOT NULL
                FROM eval_case c LEFT JOIN eval_override o ON o.run_id = c.run_id AND o.case_key = c.case_key
                WHERE c.run_id = ? ORDER BY c.ordinal
                """, arguments: [runID])
            var cases: [PreferenceCase] = []
            while let row = try cursor.next() {
                let overridden: Bool = row[5]
                cases.append(PreferenceCase(key: row[0], input: row[1], output: row[2], pass: row[3],
                                            overrideNote: overridden ? (row[4] as String? ?? "") : nil))
            }
            return cases
        }
    }
}
