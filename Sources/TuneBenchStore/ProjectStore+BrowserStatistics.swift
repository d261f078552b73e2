import Foundation
import GRDB
import TuneBenchCore

/// What the Dataset pane's summary shows beyond the kept review counts: findings and the token spread.
/// It takes one pass over the examples' small columns, so the pane reads it in the background.
public struct BrowserStatistics: Sendable, Equatable {
    /// Examples with at least one error / warning (duplicates apart) / duplicate finding.
    public var errors = 0
    public var warnings = 0
    public var duplicates = 0
    /// Tokens per example: p10, median, p90 (nil with no examples).
    public var tokens: Distribution?
    /// Examples per token bucket, equal-width buckets from the minimum to the p99 (the last takes the rest).
    public var histogram: [Int] = []
    /// Accepted examples per bucket, the same buckets: the spread of what a tune would train on.
    public var acceptedHistogram: [Int] = []
    /// The token counts the buckets span: the smallest and the p99 (rounded up).
    public var histogramLow = 0
    public var histogramHigh = 1
    /// True when an edit since the last validation may have changed the near-duplicate findings.
    public var nearDuplicatesStale = false
    /// True when some dataset's token counts are estimates (imported without rank files): every token figure
    /// the pane shows then carries ``TokenFigureMark``.
    public var tokensEstimated = false

    public init() {}

    /// The bucket an example of `tokens` tokens falls in.
    public func bucket(ofTokens tokens: Int) -> Int {
        let buckets = max(1, histogram.count)
        return min(buckets - 1, max(0, (tokens - histogramLow) * buckets / max(1, histogramHigh - histogramLow)))
    }

    /// Moves one example into (+1) or out of (-1) the accepted histogram, after a review decision.
    public mutating func countAccepted(tokens: Int, _ change: Int) {
        guard !acceptedHistogram.isEmpty else { return }
        let bucket = bucket(ofTokens: tokens)
        acceptedHistogram[bucket] = max(0, acceptedHistogram[bucket] + change)
    }
}

extension ProjectStore {
    /// Findings and the token distribution over every example, in one scan of the small columns.
    public func browserStatistics(buckets: Int = 12) throws -> BrowserStatistics {
        try pool.read { db in
            var statistics = BrowserStatistics()
            statistics.nearDuplicatesStale = try Bool.fetchOne(db, sql: "SELECT max(near_duplicates_stale) FROM dataset WHERE complete") ?? false
            statistics.tokensEstimated = try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM dataset WHERE complete AND NOT tokens_exact") ?? false
            var tokens: [Int] = [], accepted: [Int] = []
            let acceptedCode = Self.statusCodes.firstIndex(of: .accepted)!
            let cursor = try Row.fetchCursor(db, sql: "SELECT total_tokens, checks, status FROM example WHERE \(ProjectStore.inCompleteDataset)")
            while let row = try cursor.next() {
                tokens.append(row[0])
                if row[2] as Int == acceptedCode { accepted.append(row[0]) }
                let checks = CheckCounts(encoded: row[1])
                guard !checks.isEmpty else { continue }
                let categories = checks.categories
                if categories.contains(where: \.isError) { statistics.errors += 1 }
                if categories.contains(where: { !$0.isError && !$0.isDuplicate }) { statistics.warnings += 1 }
                if categories.contains(where: \.isDuplicate) { statistics.duplicates += 1 }
            }
            guard !tokens.isEmpty else { return statistics }
            tokens.sort()
            statistics.tokens = Distribution(tokens)
            let low = tokens[0]
            let high = max(low + 1, Int(Distribution.quantile(tokens, 0.99).rounded(.up)))
            statistics.histogramLow = low
            statistics.histogramHigh = high
            statistics.histogram = [Int](repeating: 0, count: buckets)
            statistics.acceptedHistogram = statistics.histogram
            for count in tokens { statistics.histogram[statistics.bucket(ofTokens: count)] += 1 }
            for count in accepted { statistics.acceptedHistogram[statistics.bucket(ofTokens: count)] += 1 }
            return statistics
        }
    }
}
