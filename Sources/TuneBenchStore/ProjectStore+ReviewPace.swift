import Foundation
import GRDB
import TuneBenchCore

/// The engineer's review pace, read from the review decisions in the edit log (the statistics are
/// `ReviewPace` in the core; the store only reads).
extension ProjectStore {
    /// The pace and the projection to the accepted-example target.
    public struct ReviewPaceReport: Sendable, Equatable {
        public var pace: ReviewPace
        public var projection: ReviewProjection
    }

    /// Every single-example review decision (a bulk change is not a reviewer's pace and is left out; so are
    /// undo and redo steps), of one dataset or all, oldest first. Undone decisions count: the time was spent.
    public func reviewDecisions(dataset: String? = nil) throws -> [ReviewDecision] {
        try pool.read { db in
            if let dataset, try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = ? AND complete", arguments: [dataset]) == nil {
                throw DatasetStoreError.noSuchDataset(dataset)
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT l.at, l.payload FROM edit_log l
                JOIN example e ON e.id = l.example_id JOIN dataset d ON d.id = e.dataset_id
                WHERE l.kind = 'review' AND l.action = 'apply' AND l.group_leader IS NULL
                  AND (?1 IS NULL OR d.name = ?1)
                ORDER BY l.seq
                """, arguments: [dataset])
            var decisions: [ReviewDecision] = []
            while let row = try rows.next() {
                guard case .review(let edit)? = try? Edit(kind: "review", payload: row["payload"]), edit.count == 1,
                      let decision = ReviewDecision(edit, at: Date(timeIntervalSince1970: row["at"])) else { continue }
                decisions.append(decision)
            }
            return decisions
        }
    }

    /// The accepted-example target: `:target`, else the answered problem's threshold; nil when neither is known.
    public func reviewTarget() throws -> ReviewTarget? {
        ReviewTarget.resolve(setting: try setting(ReviewTarget.settingKey).flatMap(Int.init),
                             problem: try decisionAnswers()["problem"])
    }

    /// The measured pace and the hours still needed to reach the target (from the pace once measured, from the
    /// `minutes_per_example` assumption before).
    public func reviewPaceReport(dataset: String? = nil,
                                 breakThreshold: TimeInterval = ReviewPace.defaultBreakThreshold) throws -> ReviewPaceReport {
        let pace = ReviewPace.measure(try reviewDecisions(dataset: dataset), breakThreshold: breakThreshold)
        let accepted: Int = try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT coalesce(sum(accepted_count), 0) FROM dataset WHERE complete AND (?1 IS NULL OR name = ?1)",
                             arguments: [dataset]) ?? 0
        }
        let assumed = try costAssumptions(measuringPace: false).range(.minutesPerExample)
        let projection = ReviewProjection(pace: pace, target: try reviewTarget(), accepted: accepted,
                                          assumedMinutesPerExample: assumed)
        return ReviewPaceReport(pace: pace, projection: projection)
    }
}
