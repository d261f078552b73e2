import TuneBenchCore
import TuneBenchStore

/// The `tunebench review stats --json` object. Seconds and hours are null where nothing was timed or no
/// target is known.
struct ReviewStatsDocument: Encodable {
    struct Spread: Encodable {
        var median: Double
        var p90: Double
    }
    struct Hours: Encodable {
        var low: Double
        var expected: Double
        var high: Double
    }

    var decisions: Int
    var decisionsByKind: [String: Int]
    var activeSeconds: Double
    var breakSeconds: Double
    var breakMinutes: Double
    var sessions: Int
    var secondsPerDecision: Spread?
    var secondsPerDecisionByKind: [String: Spread]
    var decisionsPerHour: Double?
    var acceptRate: Double?
    var measured: Bool
    var basis: String
    var target: Int?
    var accepted: Int
    var remainingToTarget: Int?
    var projectedHours: Hours?

    enum CodingKeys: String, CodingKey {
        case decisions, sessions, measured, basis, target, accepted
        case decisionsByKind = "decisions_by_kind", activeSeconds = "active_seconds", breakSeconds = "break_seconds"
        case breakMinutes = "break_minutes", secondsPerDecision = "seconds_per_decision"
        case secondsPerDecisionByKind = "seconds_per_decision_by_kind", decisionsPerHour = "decisions_per_hour"
        case acceptRate = "accept_rate", remainingToTarget = "remaining_to_target", projectedHours = "projected_hours"
    }

    init(_ report: ProjectStore.ReviewPaceReport) {
        let pace = report.pace, projection = report.projection
        decisions = pace.decisions
        decisionsByKind = Dictionary(uniqueKeysWithValues: ReviewDecisionKind.allCases.map { ($0.rawValue, pace.byKind[$0] ?? 0) })
        activeSeconds = pace.activeSeconds
        breakSeconds = pace.breakSeconds
        breakMinutes = pace.breakThreshold / 60
        sessions = pace.sessions
        secondsPerDecision = pace.secondsPerDecision.map { Spread(median: $0.median, p90: $0.p90) }
        secondsPerDecisionByKind = Dictionary(uniqueKeysWithValues: pace.secondsPerKind.map {
            ($0.key.rawValue, Spread(median: $0.value.median, p90: $0.value.p90))
        })
        decisionsPerHour = pace.decisionsPerHour
        acceptRate = pace.acceptRate
        measured = pace.isMeasured
        if case .measured(let label) = projection.basis { basis = label } else { basis = "assumed (minutes_per_example)" }
        target = projection.target?.needed
        accepted = projection.accepted
        remainingToTarget = projection.remaining
        projectedHours = projection.hours.map { Hours(low: $0.low, expected: $0.expected, high: $0.high) }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(decisions, forKey: .decisions)
        try c.encode(decisionsByKind, forKey: .decisionsByKind)
        try c.encode(activeSeconds, forKey: .activeSeconds)
        try c.encode(breakSeconds, forKey: .breakSeconds)
        try c.encode(breakMinutes, forKey: .breakMinutes)
        try c.encode(sessions, forKey: .sessions)
        try c.encode(secondsPerDecision, forKey: .secondsPerDecision)
        try c.encode(secondsPerDecisionByKind, forKey: .secondsPerDecisionByKind)
        try c.encode(decisionsPerHour, forKey: .decisionsPerHour)
        try c.encode(acceptRate, forKey: .acceptRate)
        try c.encode(measured, forKey: .measured)
        try c.encode(basis, forKey: .basis)
        try c.encode(target, forKey: .target)
        try c.encode(accepted, forKey: .accepted)
        try c.encode(remainingToTarget, forKey: .remainingToTarget)
        try c.encode(projectedHours, forKey: .projectedHours)
    }
}
