import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The eval runs as the home quarter and the zoomed pane show them: one row per run with its pass rate and
/// Wilson 95% interval drawn against the target, and the ladder (the best run of each rung).
struct EvalsView {
    let project: ProjectSnapshot
    let mode: PaneMode
    let scroll: TextScroll

    private var target: Double? { project.decisionAnswers["target"].flatMap(DecisionEngine.parseRate) }

    /// The left end of the interval bars: just below the lowest interval (or the target), so the runs spread
    /// over the bar instead of crowding its right end.
    private var scaleFloor: Double {
        let lows = project.evalRuns.map(\.passInterval.low) + (target.map { [$0] } ?? [])
        return max(0, ((lows.min() ?? 0) * 10).rounded(.down) / 10)
    }

    private func position(_ rate: Double, width: Int) -> Int {
        let fraction = (rate - scaleFloor) / max(0.01, 1 - scaleFloor)
        return min(width - 1, max(0, Int((fraction * Double(width - 1)).rounded())))
    }

    func render(in area: Rect, into grid: inout Grid) {
        let runs = project.evalRuns
        guard !runs.isEmpty else {
            let lines = [
                Line("No eval runs yet.", Style(.muted)),
                Line([]),
            ] + Wrap.lines("No evals, no decision. Import a run (tunebench evals import PATH FILE --rung baseline) or grade outputs locally (tunebench evals grade PATH OUTPUTS.jsonl --grader ...).", width: max(1, area.width)).map { Line($0, Style(.muted)) }
            Paragraph(lines: lines, wrap: false).render(in: area, into: &grid)
            return
        }
        let shown = mode == .summary ? ladder(runs) : runs
        var lines = [header(width: area.width)]
        lines += shown.map { row($0, width: area.width) }
        if let target { lines.append(targetLine(target, width: area.width)) }
        if mode == .fullScreen {
            lines.append(Line([]))
            lines.append(Line("Ladder: the best run of each rung", Style(.muted, attributes: .bold)))
            lines += ladder(runs).map { row($0, width: area.width) }
            lines.append(Line([]))
            lines += Wrap.lines("Compare two runs case by case (McNemar, paired bootstrap): tunebench evals compare PATH RUN_A RUN_B", width: max(1, area.width)).map { Line($0, Style(.muted)) }
        }
        let offset = min(scroll.offset, max(0, lines.count - area.height))
        Paragraph(lines: lines, wrap: false, offset: mode == .summary ? 0 : offset).render(in: area, into: &grid)
    }

    /// The best run of each rung, in ladder order; runs without a rung are left out.
    private func ladder(_ runs: [StoredEvalRun]) -> [StoredEvalRun] {
        Rung.allCases.compactMap { rung in
            runs.filter { $0.rung == rung }.max { ($0.passRate, $0.cases) < ($1.passRate, $1.cases) }
        }
    }

    private var nameWidth: Int { mode == .summary ? 11 : 20 }

    private func header(width: Int) -> Line {
        Line("rung      " + "run".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "     n   pass  95% CI", Style(.muted))
    }

    private func row(_ run: StoredEvalRun, width: Int) -> Line {
        let interval = run.passInterval
        let name = String(run.name.prefix(nameWidth - 1)).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        let rung = (run.rung?.rawValue ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
        let figures = String(format: "%6d  %4d%%  [%d–%d]", run.cases, Int((run.passRate * 100).rounded()),
                             Int((interval.low * 100).rounded()), Int((interval.high * 100).rounded()))
            .padding(toLength: Self.figuresWidth, withPad: " ", startingAt: 0)
        let barWidth = max(0, width - barColumn - 1)
        let meets = target.map { interval.low >= $0 } ?? false
        let style = Style(run.rung == .finetune ? .success : (meets ? .success : .text))
        return Line([Span(rung, Style(.muted)), Span(name), Span(figures, style)] + intervalBar(interval, pass: run.passRate, width: barWidth))
    }

    /// `───●──` from the interval's low to high end on a 0-100% scale, with the target marked `┊`.
    private func intervalBar(_ interval: Interval, pass: Double, width: Int) -> [Span] {
        guard width >= 6 else { return [] }
        var cells = Array(repeating: Character(" "), count: width)
        for index in position(interval.low, width: width)...position(interval.high, width: width) { cells[index] = "─" }
        if let target { cells[position(target, width: width)] = "┊" }
        cells[position(pass, width: width)] = "●"
        return [Span(String(cells), Style(.accent))]
    }

    /// Columns of "     n   pass  95% CI" figures; the bars start right after, at `barColumn`.
    static let figuresWidth = 25
    private var barColumn: Int { 10 + nameWidth + Self.figuresWidth }

    private func targetLine(_ target: Double, width: Int) -> Line {
        let prefix = ("target" + String(repeating: " ", count: 4 + nameWidth)
            + String(format: "%12d%%", Int((target * 100).rounded()))).padding(toLength: barColumn, withPad: " ", startingAt: 0)
        let barWidth = max(0, width - barColumn - 1)
        guard barWidth >= 6 else { return Line(prefix, Style(.warning)) }
        let bar = String(repeating: " ", count: position(target, width: barWidth)) + "┊"
        return Line([Span(prefix, Style(.warning)), Span(bar, Style(.warning))])
    }
}
