import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The home-screen quarter: examples, reviewed/total bar, accepted against what the project's case needs,
/// findings, the token spread with a tiny histogram, and the last decision.
struct DatasetSummaryView {
    let state: DatasetPaneState
    let project: ProjectSnapshot

    func render(in area: Rect, into grid: inout Grid) {
        Paragraph(lines: lines(width: area.width), wrap: false).render(in: area, into: &grid)
    }

    func lines(width: Int) -> [Line] {
        let counts = project.reviewCounts
        let total = counts.total
        guard total > 0 else {
            return [Line("No examples yet. Import a file:", Style(.muted)),
                    Line("  tunebench import PROJECT FILE", Style(.muted))]
        }
        var lines = [Line([Span("\(total) examples", Style(.text, attributes: .bold)),
                           Span("  \(counts.rejected) rejected  \(counts.flagged) flagged", Style(.muted))])]
        lines.append(Self.reviewedBar(counts: counts, total: total, width: width))
        lines.append(Self.acceptedLine(accepted: counts.accepted,
                                       target: DatasetTarget.resolve(setting: state.target, problem: project.decisionAnswers["problem"])))
        if let statistics = state.statistics {
            lines.append(Line([
                Span("errors ", Style(.muted)), Span("\(statistics.errors)", Style(statistics.errors > 0 ? .error : .text)),
                Span("   warnings ", Style(.muted)), Span("\(statistics.warnings)", Style(statistics.warnings > 0 ? .warning : .text)),
                Span("   duplicates ", Style(.muted)), Span("\(statistics.duplicates)"),
            ]))
            if let tokens = statistics.tokens {
                let mark = TokenFigureMark.suffix(estimated: statistics.tokensEstimated)
                lines.append(Line([Span("tokens/example\(mark) ", Style(.muted)),
                                   Span("p10 \(Int(tokens.p10))  median \(Int(tokens.median))  p90 \(Int(tokens.p90))")]))
                lines.append(Line([Span("  "), Span(Self.sparkline(statistics.histogram), Style(.accent)),
                                   Span("  all", Style(.muted))]))
                if counts.accepted > 0 {
                    lines.append(Line([Span("  "), Span(Self.sparkline(statistics.acceptedHistogram), Style(.success)),
                                       Span("  accepted", Style(.muted))]))
                }
            }
        } else {
            lines.append(Line("counting findings…", Style(.muted)))
        }
        if let last = state.lastDecision {
            lines.append(Line([]))
            lines.append(Line([Span("last: ", Style(.muted)), Span(last)]))
        }
        return lines
    }

    /// `reviewed 388/412 ██████████████████░  94%`
    static func reviewedBar(counts: ReviewCounts, total: Int, width: Int) -> Line {
        let reviewed = total - counts.pending
        let label = "reviewed \(reviewed)/\(total) "
        let percent = " \(Int((Double(reviewed) / Double(total) * 100).rounded(.down)))%"
        let barWidth = max(4, min(24, width - label.count - percent.count))
        let bar = ProgressBar.text(fraction: Double(reviewed) / Double(total), width: barWidth)
        return Line([Span(label, Style(.muted)), Span(bar.filled, Style(.success)), Span(bar.empty, Style(.muted)),
                     Span(percent)])
    }

    /// `accepted 331 / 300 ✔  (output format or style tune)`: against the project's own target, else what the
    /// problem answered in the Decision pane needs.
    static func acceptedLine(accepted: Int, target: (needed: Int, source: String)?) -> Line {
        guard let (needed, source) = target else {
            return Line([Span("accepted ", Style(.muted)), Span("\(accepted)"),
                         Span("  (target: Decision's problem or :target N)", Style(.muted))])
        }
        let met = accepted >= needed
        // The verdict first: a quarter of a narrow screen cuts the end of the line.
        return Line([Span("accepted ", Style(.muted)), Span("\(accepted) / \(needed) "),
                     Span(met ? "✔" : "✘ \(needed - accepted) to go", Style(met ? .success : .warning)),
                     Span("  (\(source))", Style(.muted))])
    }

    /// Block characters, one per bucket, scaled to the largest.
    static func sparkline(_ buckets: [Int]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        guard let peak = buckets.max(), peak > 0 else { return "" }
        return String(buckets.map { $0 == 0 ? " " : blocks[min(blocks.count - 1, ($0 * blocks.count - 1) / peak)] })
    }
}
