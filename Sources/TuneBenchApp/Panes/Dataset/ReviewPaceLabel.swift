import Foundation
import TuneBenchCore
import TuneBenchStore

/// The review pace in the Dataset pane's header: `95/h now, 80/h overall, ~3.5 h to target (2.9-5.1)`, or how
/// many decisions are still needed before the pace counts as measured.
enum ReviewPaceLabel {
    static func text(_ report: ProjectStore.ReviewPaceReport) -> String {
        let pace = report.pace
        guard pace.isMeasured else {
            var text = "pace not measured yet (\(pace.decisions)/\(ReviewPace.minimumDecisions) decisions)"
            if let hours = report.projection.hours { text += ", assumed ~\(number(hours.expected)) h to target" }
            return text
        }
        let session = pace.sessionDecisionsPerHour.map { "\(Int($0.rounded()))/h now" } ?? "new session"
        let overall = pace.decisionsPerHour.map { "\(Int($0.rounded()))/h overall" } ?? ""
        var text = [session, overall].filter { !$0.isEmpty }.joined(separator: ", ")
        if let hours = report.projection.hours {
            text += ", ~\(number(hours.expected)) h to target (\(number(hours.low))-\(number(hours.high)))"
        } else if report.projection.remaining == 0 {
            text += ", target reached"
        }
        return text
    }

    private static func number(_ hours: Double) -> String {
        hours >= 10 ? String(Int(hours.rounded())) : String(format: "%.1f", hours)
    }
}
