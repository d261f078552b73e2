import Foundation
import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The zoomed pane's first screen: every run (rung, name, model, cases, pass rate with its interval bar, cost,
/// mean latency) with a selection, then the ladder chart: the best run of each rung against the target.
struct EvalsRunsScreen {
    let state: EvalsPaneState
    let context: PaneContext

    private var runs: [StoredEvalRun] { context.project.evalRuns }
    private var wide: Bool { context.width >= 100 }
    private var nameWidth: Int { wide ? 20 : 14 }
    private var modelWidth: Int { wide ? 16 : 0 }
    /// `  $0.0240   812 ms`
    private static let tailWidth = 19

    func render(in area: Rect, into grid: inout Grid) {
        guard !runs.isEmpty else {
            let runners = EvalsRunnersView(state: state, context: context).lines(width: area.width)
            let top = Rect(x: area.x, y: area.y, width: area.width, height: max(0, area.height - runners.count - 1))
            EvalsView(project: context.project).render(in: top, into: &grid)
            Paragraph(lines: runners, wrap: false).render(in: Rect(x: area.x, y: top.maxY + 1, width: area.width,
                                                                     height: max(0, area.height - top.height - 1)), into: &grid)
            return
        }
        let scale = EvalsIntervalScale(project: context.project)
        let barWidth = max(0, area.width - fixedWidth - marksWidth - 1)
        var lines = [header(barWidth: barWidth)]
        let selectedLine = lines.count + state.selectedRun
        lines += runs.enumerated().map { index, run in row(run, selected: index == state.selectedRun, scale: scale, barWidth: barWidth) }
        if let target = scale.target {
            let prefix = "  target".padding(toLength: 2 + 10 + nameWidth + modelWidth, withPad: " ", startingAt: 0)
                + String(format: "%12d%%", Int((target * 100).rounded()))
            lines.append(Line([Span(prefix.padding(toLength: fixedWidth - Self.tailWidth, withPad: " ", startingAt: 0), Style(.warning))]
                + scale.targetMark(width: barWidth)))
        }
        if runs.indices.contains(state.selectedRun), let tune = context.project.tune(forRun: runs[state.selectedRun].id) {
            lines += trainedOn(tune, width: area.width)
        }
        lines.append(Line([]))
        lines += EvalsLadderChart(runs: runs, target: scale.target).lines(width: area.width)
        lines.append(Line([]))
        lines.append(footer())
        lines.append(Line([]))
        lines += EvalsRunnersView(state: state, context: context).lines(width: area.width)
        // Keep the selection on screen when the runs outnumber the rows.
        let offset = max(0, min(selectedLine - area.height + 2, lines.count - area.height))
        Paragraph(lines: lines, wrap: false, offset: offset).render(in: area, into: &grid)
        if context.isFocused, selectedLine - offset < area.height {
            grid.restyle(area.row(selectedLine - offset)) { $0.background = .selection }
        }
    }

    /// Columns before the interval bar plus the cost and latency after it.
    private var fixedWidth: Int { 2 + 10 + nameWidth + modelWidth + EvalsView.figuresWidth + Self.tailWidth }

    private func header(barWidth: Int) -> Line {
        var text = "  rung      " + "run".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        if wide { text += "model".padding(toLength: modelWidth, withPad: " ", startingAt: 0) }
        text += "     n   pass  95% CI".padding(toLength: EvalsView.figuresWidth, withPad: " ", startingAt: 0)
        text += String(repeating: " ", count: barWidth >= 6 ? barWidth : 0) + "      cost   latency"
        return Line(text, Style(.muted))
    }

    private func row(_ run: StoredEvalRun, selected: Bool, scale: EvalsIntervalScale, barWidth: Int) -> Line {
        let mark = state.markedRun == run.id ? "A " : (selected ? "▶ " : "  ")
        var spans = [Span(mark, Style(.accent, attributes: .bold)),
                     Span((run.rung?.rawValue ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0), Style(.muted)),
                     Span(Fit.padded(run.name, width: nameWidth - 1) + " ")]
        if wide { spans.append(Span(Fit.padded(run.model ?? "-", width: modelWidth - 1) + " ", Style(.muted))) }
        spans.append(Span(EvalsIntervalScale.figures(run).padding(toLength: EvalsView.figuresWidth, withPad: " ", startingAt: 0),
                          scale.style(run)))
        spans += scale.bar(run.passInterval, pass: run.passRate, width: barWidth)
        let cost = run.totalCost.map { String(format: $0 >= 100 ? "$%.0f" : ($0 >= 1 ? "$%.2f" : "$%.4f"), $0) } ?? "-"
        let latency = run.meanLatencyMs.map { String(format: "%.0f ms", $0) } ?? "-"
        spans.append(Span(" " + cost.leftPadded(to: 9) + latency.leftPadded(to: 10), Style(.muted)))
        spans += marks(run)
        return Line(spans)
    }

    /// After a row's figures: `✎3` for overridden verdicts, `tune #1` (or `tune #1 stale`) for a run linked to a
    /// tune plan.
    private func marks(_ run: StoredEvalRun) -> [Span] {
        var spans: [Span] = []
        if run.overrides > 0 { spans.append(Span("  ✎\(run.overrides)", Style(.warning))) }
        if let mark = EvalsView.tuneMark(for: run, in: context.project) { spans.append(mark) }
        return spans
    }

    /// The room the widest row's marks take, kept free of the interval bar so they are never cut off.
    private var marksWidth: Int {
        runs.map { marks($0).reduce(0) { $0 + $1.text.count } }.max() ?? 0
    }

    /// Under the list, for a selected run linked to a tune: the data it was trained on, and the warning when
    /// examples changed since that plan.
    private func trainedOn(_ tune: TuneStatus, width: Int) -> [Line] {
        let record = tune.record
        var lines = [Line([Span("  trained on ", Style(.muted)),
                           Span("tune #\(record.id): \(record.tool.rawValue), \(record.trainExamples) examples, sha \(record.shortHash), \(record.bundle)")])]
        if let stale = tune.staleWarning {
            let warning = stale + "; this run's data is not the reviewed data"
            lines += Wrap.lines(warning, width: max(1, width - 4)).map { Line("    " + $0, Style(.warning, attributes: .bold)) }
        }
        return lines
    }

    private func footer() -> Line {
        if let marked = state.markedRun, let run = runs.first(where: { $0.id == marked }) {
            return Line([Span("A: ", Style(.accent, attributes: .bold)), Span(run.name),
                         Span("  c on another run compares it (B) with A, c on A clears the mark", Style(.muted))])
        }
        return Line("l lists the selected run's cases · c marks it A, c on another run compares the two", Style(.muted))
    }
}

/// The ladder as a bar chart: one bar per rung (its best run), in eighths of a cell, with the target drawn as a
/// line across the bars and labelled under them.
struct EvalsLadderChart {
    let runs: [StoredEvalRun]
    let target: Double?

    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    func lines(width: Int) -> [Line] {
        let best = EvalsIntervalScale.ladder(runs)
        let title = Line([Span("Ladder", Style(.text, attributes: .bold)),
                          Span(target.map { "  the best run of each rung against the target \(Self.percent($0))" }
                               ?? "  the best run of each rung (no target yet: set it in the Decision pane)", Style(.muted))])
        guard !best.isEmpty else { return [title, Line("No run has a rung yet: tunebench evals set-rung PATH RUN RUNG", Style(.muted))] }
        let labelWidth = 2 + 10 + 16
        let barWidth = max(10, width - labelWidth - 6)
        var lines = [title]
        for run in best {
            let label = "  " + (run.rung?.rawValue ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
                + Fit.padded(run.name, width: 15) + " "
            let meets = target.map { run.passRate >= $0 } ?? false
            lines.append(Line([Span(label, Style(.muted))] + bar(run.passRate, width: barWidth, meets: meets)
                + [Span(" " + Self.percent(run.passRate).leftPadded(to: 4), Style(meets ? .success : .text))]))
        }
        var axis = Array(repeating: Character(" "), count: barWidth + 5)
        for (offset, character) in "0%".enumerated() { axis[offset] = character }
        let end = Array("100%")
        for (offset, character) in end.enumerated() { axis[barWidth - end.count + offset + 1] = character }
        var spans = [Span(String(repeating: " ", count: labelWidth) + String(axis), Style(.muted))]
        if let target {
            let column = targetColumn(target, width: barWidth)
            let label = "┴ target " + Self.percent(target)
            let start = min(column, max(0, barWidth + 5 - label.count))
            let axisText = String(axis)
            let before = String(axisText.prefix(start)), after = String(axisText.dropFirst(start + label.count))
            spans = [Span(String(repeating: " ", count: labelWidth) + before, Style(.muted)),
                     Span(label, Style(.warning)), Span(after, Style(.muted))]
        }
        lines.append(Line(spans))
        return lines
    }

    private func targetColumn(_ target: Double, width: Int) -> Int { min(width - 1, Int(target * Double(width))) }

    /// `█████▌    ┃   ` for a rate on a 0–100% scale `width` cells wide, the target as `┃`.
    private func bar(_ rate: Double, width: Int, meets: Bool) -> [Span] {
        let eighthCount = Int((rate * Double(width * 8)).rounded())
        var cells = Array(repeating: Character(" "), count: width)
        for index in 0..<min(width, eighthCount / 8) { cells[index] = "█" }
        if eighthCount / 8 < width, eighthCount % 8 > 0 { cells[eighthCount / 8] = Self.eighths[eighthCount % 8 - 1] }
        let barStyle = Style(meets ? .success : .accent)
        guard let target else { return [Span(String(cells), barStyle)] }
        let column = targetColumn(target, width: width)
        return [Span(String(cells[..<column]), barStyle), Span("┃", Style(.warning, attributes: .bold)),
                Span(String(cells[(column + 1)...]), barStyle)]
    }

    static func percent(_ rate: Double) -> String { "\(Int((rate * 100).rounded()))%" }
}
