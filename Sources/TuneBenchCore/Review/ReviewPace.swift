import Foundation

/// How fast the engineer reviews, measured from the times their decisions were recorded.
///
/// A decision's time is the gap since the decision before it. A gap longer than the break threshold is a break:
/// it is not counted as review time, and the decision after it starts a new session (its own time is unknown,
/// so it has no sample). The pace counts as measured from ``minimumDecisions`` decisions on.
public struct ReviewPace: Sendable, Equatable {
    /// Fewer decisions than this and the pace is "not measured yet".
    public static let minimumDecisions = 20
    /// Gaps longer than this are breaks, by default: five minutes.
    public static let defaultBreakThreshold: TimeInterval = 300

    /// Median and 90th percentile of the seconds a decision took.
    public struct Spread: Sendable, Equatable {
        public var median: Double
        public var p90: Double
        public var mean: Double
        public var samples: Int
    }

    public var decisions: Int
    public var byKind: [ReviewDecisionKind: Int]
    public var breakThreshold: TimeInterval
    /// Review time: the sum of the gaps no longer than the threshold.
    public var activeSeconds: Double
    /// Time between decisions not counted because the gap was longer than the threshold.
    public var breakSeconds: Double
    public var sessions: Int
    public var secondsPerDecision: Spread?
    public var secondsPerKind: [ReviewDecisionKind: Spread]
    /// The share of decisions that left their example accepted; nil with no decisions.
    public var acceptRate: Double?
    /// Decisions per hour of the latest session (since the last break), nil before it has a timed decision.
    public var sessionDecisionsPerHour: Double?

    /// True once there are enough decisions to trust the pace.
    public var isMeasured: Bool { decisions >= Self.minimumDecisions && secondsPerDecision != nil }

    /// Decisions per active hour, overall.
    public var decisionsPerHour: Double? {
        secondsPerDecision.flatMap { $0.mean > 0 ? 3600 / $0.mean : nil }
    }

    /// Measures `decisions` (in any order).
    public static func measure(_ decisions: [ReviewDecision], breakThreshold: TimeInterval = defaultBreakThreshold) -> ReviewPace {
        let sorted = decisions.sorted { $0.at < $1.at }
        var byKind: [ReviewDecisionKind: Int] = [:]
        var samples: [Double] = []
        var kindSamples: [ReviewDecisionKind: [Double]] = [:]
        var active = 0.0, breaks = 0.0, sessions = sorted.isEmpty ? 0 : 1
        var sessionSamples = 0, sessionSeconds = 0.0
        for (index, decision) in sorted.enumerated() {
            byKind[decision.kind, default: 0] += 1
            guard index > 0 else { continue }
            let gap = decision.at.timeIntervalSince(sorted[index - 1].at)
            if gap > breakThreshold {
                breaks += gap
                sessions += 1
                sessionSamples = 0
                sessionSeconds = 0
                continue
            }
            active += gap
            samples.append(gap)
            kindSamples[decision.kind, default: []].append(gap)
            sessionSamples += 1
            sessionSeconds += gap
        }
        let accepted = sorted.filter(\.accepted).count
        return ReviewPace(
            decisions: sorted.count, byKind: byKind, breakThreshold: breakThreshold, activeSeconds: active,
            breakSeconds: breaks, sessions: sessions, secondsPerDecision: spread(samples),
            secondsPerKind: kindSamples.compactMapValues(spread),
            acceptRate: sorted.isEmpty ? nil : Double(accepted) / Double(sorted.count),
            sessionDecisionsPerHour: sessionSamples > 0 && sessionSeconds > 0 ? Double(sessionSamples) / sessionSeconds * 3600 : nil)
    }

    /// Minutes of review per accepted example at this pace, as a range (low: the median decision, expected:
    /// the mean, high: the 90th percentile), nil until measured or when nothing is accepted.
    public var minutesPerAcceptedExample: CostRange? {
        guard isMeasured, let spread = secondsPerDecision, let rate = acceptRate, rate > 0 else { return nil }
        let perAccepted = { (seconds: Double) in seconds / rate / 60 }
        return CostRange(low: perAccepted(min(spread.median, spread.mean)), expected: perAccepted(spread.mean),
                         high: perAccepted(max(spread.p90, spread.mean)))
    }

    /// "measured from 412 decisions over 2.1 hours" (minutes or seconds under an hour).
    public var measuredLabel: String {
        "measured from \(decisions) decisions over \(Self.duration(activeSeconds))"
    }

    /// "2.1 hours", "12.5 minutes", "40 seconds".
    public static func duration(_ seconds: Double) -> String {
        seconds >= 3600 ? String(format: "%.1f hours", seconds / 3600)
            : seconds >= 60 ? String(format: "%.1f minutes", seconds / 60) : String(format: "%.0f seconds", seconds)
    }

    static func spread(_ values: [Double]) -> Spread? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return Spread(median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9),
                      mean: sorted.reduce(0, +) / Double(sorted.count), samples: sorted.count)
    }

    /// Linear interpolation between closest ranks (`sorted` ascending, not empty).
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
