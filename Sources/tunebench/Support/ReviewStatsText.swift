import Foundation
import TuneBenchCore
import TuneBenchStore

/// The plain-text answer of `tunebench review stats`.
enum ReviewStatsText {
    static func lines(_ report: ProjectStore.ReviewPaceReport) -> [String] {
        let pace = report.pace, projection = report.projection
        let kinds = ReviewDecisionKind.allCases.map { "\($0.rawValue) \(pace.byKind[$0] ?? 0)" }.joined(separator: ", ")
        var lines = ["Decisions: \(pace.decisions) (\(kinds)) in \(pace.sessions) session\(pace.sessions == 1 ? "" : "s")"]
        lines.append("Active review time: \(duration(pace.activeSeconds)) (gaps over \(number(pace.breakThreshold / 60)) minutes "
            + "are breaks and not counted: \(duration(pace.breakSeconds)) left out; --break-minutes changes it)")
        if let spread = pace.secondsPerDecision {
            lines.append("Seconds per decision: median \(number(spread.median)), p90 \(number(spread.p90))"
                + (pace.decisionsPerHour.map { ", \(number($0)) decisions/hour" } ?? ""))
            for kind in ReviewDecisionKind.allCases {
                guard let s = pace.secondsPerKind[kind] else { continue }
                lines.append("  \(kind.rawValue): median \(number(s.median)), p90 \(number(s.p90)) (\(s.samples) timed)")
            }
        }
        if let rate = pace.acceptRate { lines.append("Accepted: \(number(rate * 100))% of decisions") }
        if !pace.isMeasured {
            lines.append("The pace is not measured yet (\(pace.decisions) of \(ReviewPace.minimumDecisions) decisions): "
                + "the projection uses the minutes_per_example assumption")
        }
        guard let target = projection.target, let remaining = projection.remaining else {
            lines.append("No target: answer the problem in Decision or set :target N in Dataset")
            return lines
        }
        var line = "Target: \(target.needed) accepted (\(target.source)); \(projection.accepted) accepted, \(remaining) to go"
        if let hours = projection.hours {
            let basis = if case .measured(let label) = projection.basis { label } else { "assumed" }
            line += "; about \(number(hours.expected)) hours (\(number(hours.low))-\(number(hours.high))), \(basis)"
        } else {
            line += "; no projection: nothing accepted yet"
        }
        lines.append(line)
        return lines
    }

    private static func number(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }

    private static func duration(_ seconds: Double) -> String { ReviewPace.duration(seconds) }
}
