import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench review stats PATH [--dataset NAME] [--break-minutes M] [--json]`: the engineer's measured review
/// pace and the hours still needed to reach the accepted-example target.
struct ReviewStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "How fast you review (measured from your decisions) and the hours left to the target.",
        discussion: """
            Each decision's time is the gap since the one before; gaps longer than the break threshold are breaks,
            not review time, and start a new session. Bulk changes, undo and redo are not decisions. Under 20
            decisions the pace is not measured yet and the projection uses the minutes_per_example assumption.
            """)

    @Argument(help: "The project file.")
    var path: String

    @Option(help: "Only the decisions of this dataset.")
    var dataset: String?

    @Option(name: .customLong("break-minutes"), help: "Gaps longer than this many minutes are breaks (default 5).")
    var breakMinutes: Double = ReviewPace.defaultBreakThreshold / 60

    @Flag(help: "Print one JSON object: decisions, active_seconds, seconds_per_decision, accept_rate, remaining_to_target, projected_hours, ...")
    var json = false

    func validate() throws {
        guard breakMinutes > 0, breakMinutes.isFinite else { throw ValidationError("--break-minutes needs a positive number") }
    }

    func run() throws {
        let store = try openProject(path, readOnly: true)
        let report = try datasetOperation { try store.reviewPaceReport(dataset: dataset, breakThreshold: breakMinutes * 60) }
        if json {
            try printJSON(ReviewStatsDocument(report))
        } else {
            print(ReviewStatsText.lines(report).joined(separator: "\n"))
        }
    }
}
