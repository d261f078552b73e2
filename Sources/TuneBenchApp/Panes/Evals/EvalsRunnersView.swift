import TerminalUI
import TuneBenchCore

/// The runners and watched directories, listed under the runs: each runner's name, rung and command, the one
/// running with its elapsed time and last output line.
struct EvalsRunnersView {
    let state: EvalsPaneState
    let context: PaneContext

    func lines(width: Int) -> [Line] {
        let runners = context.project.runners
        let watched = context.project.watchDirectories
        guard !runners.isEmpty || !watched.isEmpty else {
            return [Line("No runners: tunebench evals runner add PATH NAME --command 'CMD' (then r runs it here)", Style(.muted))]
        }
        var lines: [Line] = []
        if !runners.isEmpty {
            lines.append(Line([Span("Runners", Style(.text, attributes: .bold)),
                               Span("  r runs the selected run's runner · :run NAME · X cancels", Style(.muted))]))
            let running = context.tasks.first { $0.kind == .job && $0.title == "running \(state.runnerJob?.name ?? "")" }
            for runner in runners {
                let name = Span("  " + Fit.padded(runner.name, width: 14) + " ", Style(.accent))
                let rung = Span((runner.rung?.rawValue ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0), Style(.muted))
                let used = 2 + 15 + 10
                if state.runnerJob?.name == runner.name {
                    let note = running?.note ?? "starting"
                    lines.append(Line([name, rung, Span(Fit.text("⟳ running " + note, width: max(0, width - used)), Style(.warning))]))
                } else {
                    lines.append(Line([name, rung, Span(Fit.text(runner.command, width: max(0, width - used)))]))
                }
            }
        }
        for directory in watched {
            lines.append(Line([Span("Watching ", Style(.text, attributes: .bold)),
                               Span(Fit.text(directory, width: max(0, width - 9)), Style(.muted))]))
        }
        return lines
    }
}
