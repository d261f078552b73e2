import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The home quarter: one row per rung's best run with its pass rate and Wilson 95% interval against the target.
struct EvalsView {
    let project: ProjectSnapshot
    /// The last comparison made in the pane, in one line.
    var comparison: String? = nil

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
        let scale = EvalsIntervalScale(project: project)
        var lines = [Line("rung      " + "run".padding(toLength: Self.nameWidth, withPad: " ", startingAt: 0) + "     n   pass  95% CI", Style(.muted))]
        let ladder = EvalsIntervalScale.ladder(runs)
        // Every row's bar has the same width (one scale), leaving room for the widest tune mark after it.
        let marksWidth = ladder.compactMap { Self.tuneMark(for: $0, in: project)?.text.count }.max() ?? 0
        let barWidth = max(0, area.width - barColumn - 1 - marksWidth)
        lines += ladder.map { row($0, scale: scale, barWidth: barWidth) }
        if let target = scale.target { lines.append(targetLine(target, scale: scale, barWidth: barWidth)) }
        if let comparison { lines += Wrap.lines(comparison, width: max(1, area.width)).map { Line($0, Style(.accent)) } }
        if let runners = runnersLine { lines.append(runners) }
        Paragraph(lines: lines, wrap: false).render(in: area, into: &grid)
    }

    /// `runners gen, pf (r runs) · watching 1 directory`, when the project has any.
    private var runnersLine: Line? {
        var parts: [String] = []
        if !project.runners.isEmpty { parts.append("runners " + project.runners.map(\.name).joined(separator: ", ") + " (r runs)") }
        let watched = project.watchDirectories.count
        if watched > 0 { parts.append("watching \(watched) director\(watched == 1 ? "y" : "ies")") }
        return parts.isEmpty ? nil : Line(parts.joined(separator: " · "), Style(.muted))
    }

    static let nameWidth = 11

    private func row(_ run: StoredEvalRun, scale: EvalsIntervalScale, barWidth: Int) -> Line {
        let name = String(run.name.prefix(Self.nameWidth - 1)).padding(toLength: Self.nameWidth, withPad: " ", startingAt: 0)
        let rung = (run.rung?.rawValue ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
        let figures = EvalsIntervalScale.figures(run).padding(toLength: Self.figuresWidth, withPad: " ", startingAt: 0)
        let mark = Self.tuneMark(for: run, in: project).map { [$0] } ?? []
        return Line([Span(rung, Style(.muted)), Span(name), Span(figures, scale.style(run))]
            + scale.bar(run.passInterval, pass: run.passRate, width: barWidth) + mark)
    }

    /// `  tune #1` (or `  tune #1 stale`, in the warning colour) for a run linked to a tune plan, on the home
    /// quarter's rows and the runs screen's.
    static func tuneMark(for run: StoredEvalRun, in project: ProjectSnapshot) -> Span? {
        guard let tune = project.tune(forRun: run.id) else { return nil }
        return Span("  tune #\(tune.record.id)" + (tune.isStale ? " stale" : ""), Style(tune.isStale ? .warning : .muted))
    }

    /// Columns of "     n   pass  95% CI" figures; the bars start right after, at `barColumn`.
    static let figuresWidth = 25
    private var barColumn: Int { 10 + Self.nameWidth + Self.figuresWidth }

    private func targetLine(_ target: Double, scale: EvalsIntervalScale, barWidth: Int) -> Line {
        let prefix = ("target" + String(repeating: " ", count: 4 + Self.nameWidth)
            + String(format: "%12d%%", Int((target * 100).rounded()))).padding(toLength: barColumn, withPad: " ", startingAt: 0)
        return Line([Span(prefix, Style(.warning))] + scale.targetMark(width: barWidth))
    }
}

/// Interval bars on a shared scale: `───●──` from an interval's low to its high end, the target marked `┊`. The
/// scale starts just below the lowest interval (or the target), so the runs spread over the bar instead of crowding
/// its right end.
struct EvalsIntervalScale {
    let target: Double?
    let floor: Double

    init(project: ProjectSnapshot) {
        target = project.decisionAnswers["target"].flatMap(DecisionEngine.parseRate)
        let lows = project.evalRuns.map(\.passInterval.low) + (target.map { [$0] } ?? [])
        floor = max(0, ((lows.min() ?? 0) * 10).rounded(.down) / 10)
    }

    func position(_ rate: Double, width: Int) -> Int {
        let fraction = (rate - floor) / max(0.01, 1 - floor)
        return min(width - 1, max(0, Int((fraction * Double(width - 1)).rounded())))
    }

    func bar(_ interval: Interval, pass: Double, width: Int) -> [Span] {
        guard width >= 6 else { return [] }
        var cells = Array(repeating: Character(" "), count: width)
        for index in position(interval.low, width: width)...position(interval.high, width: width) { cells[index] = "─" }
        if let target { cells[position(target, width: width)] = "┊" }
        cells[position(pass, width: width)] = "●"
        return [Span(String(cells), Style(.accent))]
    }

    func targetMark(width: Int) -> [Span] {
        guard let target, width >= 6 else { return [] }
        return [Span(String(repeating: " ", count: position(target, width: width)) + "┊", Style(.warning))]
    }

    /// Success when a fine-tune, or when the whole interval clears the target.
    func style(_ run: StoredEvalRun) -> Style {
        let meets = target.map { run.passInterval.low >= $0 } ?? false
        return Style(run.rung == .finetune || meets ? .success : .text)
    }

    /// `   200    69%  [62–75]`
    static func figures(_ run: StoredEvalRun) -> String {
        let interval = run.passInterval
        return String(format: "%6d  %4d%%  [%d–%d]", run.cases, Int((run.passRate * 100).rounded()),
                      Int((interval.low * 100).rounded()), Int((interval.high * 100).rounded()))
    }

    /// The best run of each rung, in ladder order; runs without a rung are left out.
    static func ladder(_ runs: [StoredEvalRun]) -> [StoredEvalRun] {
        Rung.allCases.compactMap { rung in
            runs.filter { $0.rung == rung }.max { ($0.passRate, $0.cases) < ($1.passRate, $1.cases) }
        }
    }
}
