import TerminalUI
import TuneBenchCore

/// The cost of each path as the home quarter and the zoomed pane show it: a table of one-time, monthly and
/// 12-month totals, a bar per path with its low-high range, the break-even, and (zoomed) every assumption.
struct CostView {
    let project: ProjectSnapshot
    let mode: PaneMode
    let scroll: TextScroll

    func render(in area: Rect, into grid: inout Grid) {
        var lines: [Line]
        switch project.cost {
        case .none:
            lines = [Line("Reading the cost model…", Style(.muted))]
        case .failure(let error)?:
            lines = [Line("The cost model cannot run: \(error.description)", Style(.error))]
                + [Line("Fix it with tunebench assume PATH NAME=VALUE (or tunebench prices set).", Style(.muted))]
        case .success(let overview)?:
            lines = table(overview.estimate, width: area.width)
            lines.append(Line([]))
            lines += Wrap.lines(overview.estimate.summary, width: max(1, area.width)).map { Line($0, Style(.muted)) }
            if mode == .fullScreen {
                lines.append(Line([]))
                for reportLine in overview.report.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(6) {
                    let text = String(reportLine)
                    let indent = String(text.prefix { $0 == " " })
                    lines += Wrap.lines(text, width: max(1, area.width - indent.count)).enumerated()
                        .map { Line($0.offset == 0 ? $0.element : indent + "  " + $0.element) }
                }
            }
        }
        let offset = mode == .summary ? 0 : min(scroll.offset, max(0, lines.count - area.height))
        Paragraph(lines: lines, wrap: false, offset: offset).render(in: area, into: &grid)
    }

    private func table(_ estimate: CostEstimate, width: Int) -> [Line] {
        let nameWidth = 21
        var lines = [Line(pad("path", nameWidth) + right("one-time", 10) + right("monthly", 10) + right("12 months", 11), Style(.muted))]
        let highest = estimate.scenarios.map(\.total12High).max() ?? 1
        let barWidth = max(0, width - nameWidth - 31 - 2)
        for scenario in estimate.scenarios {
            let cheapest = scenario.expected.scenario == estimate.cheapest
            let figures = right(Money.format(scenario.expected.oneTime), 10) + right(Money.format(scenario.expected.monthly), 10)
                + right(Money.format(scenario.total12), 11)
            var spans = [Span(pad(Self.label(scenario.expected.scenario) + (cheapest ? " ◀" : ""), nameWidth), Style(cheapest ? .success : .text)),
                         Span(figures, Style(cheapest ? .success : .text))]
            if barWidth >= 8 {
                spans.append(Span("  "))
                spans += bar(scenario, highest: highest, width: barWidth)
            }
            lines.append(Line(spans))
        }
        let candidate = Self.label(estimate.candidate), current = Self.label(.current)
        if let month = estimate.breakEvenMonth {
            lines.append(Line("break-even of \(candidate) vs \(current): month \(month)", Style(.muted)))
        } else {
            lines.append(Line("\(candidate) never breaks even vs \(current) at this volume", Style(.muted)))
        }
        return lines
    }

    /// The 12-month total as a bar on a shared scale, with the low-high range as whiskers `├ ┤`.
    private func bar(_ scenario: CostEstimate.Scenario, highest: Double, width: Int) -> [Span] {
        let scale = { (amount: Double) in min(width - 1, max(0, Int((amount / max(highest, 1) * Double(width - 1)).rounded()))) }
        var cells = Array(repeating: Character(" "), count: width)
        let (low, expected, high) = (scale(scenario.total12Low), scale(scenario.total12), scale(scenario.total12High))
        for index in 0...expected { cells[index] = "█" }
        if high > expected { for index in (expected + 1)...high { cells[index] = "─" } }
        cells[low] = low == expected ? "█" : "├"
        if high > expected { cells[high] = "┤" }
        return [Span(String(cells), Style(.accent))]
    }

    /// A path's name short enough for the table.
    static func label(_ scenario: CostScenario) -> String {
        switch scenario {
        case .current: "large + RAG"
        case .routing: "routing + cache"
        case .fineTunedAPI: "fine-tuned (API)"
        case .fineTunedSelfHosted: "fine-tuned (own GPU)"
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    private func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
