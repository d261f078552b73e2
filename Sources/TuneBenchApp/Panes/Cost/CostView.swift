import TerminalUI
import TuneBenchCore

/// The cost of each path as the home quarter shows it: one-time, monthly and 12-month totals with a bar per
/// path and its low-high range, the break-even, the sentence naming the cheapest path, and where the training
/// price comes from.
struct CostView {
    let project: ProjectSnapshot

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
            lines += Wrap.lines(CostFigures.trainingPriceNote(overview.assumptions, long: false), width: max(1, area.width))
                .map { Line($0, Style(.muted)) }
        }
        Paragraph(lines: lines, wrap: false).render(in: area, into: &grid)
    }

    private func table(_ estimate: CostEstimate, width: Int) -> [Line] {
        let nameWidth = 21
        var lines = [Line(CostFigures.pad("path", nameWidth) + CostFigures.right("one-time", 10)
                          + CostFigures.right("monthly", 10) + CostFigures.right("12 months", 11), Style(.muted))]
        let highest = estimate.scenarios.map(\.total12High).max() ?? 1
        let barWidth = max(0, width - nameWidth - 31 - 2)
        for scenario in estimate.scenarios {
            let cheapest = scenario.expected.scenario == estimate.cheapest
            let figures = CostFigures.right(Money.format(scenario.expected.oneTime), 10)
                + CostFigures.right(Money.format(scenario.expected.monthly), 10) + CostFigures.right(Money.format(scenario.total12), 11)
            let style = Style(cheapest ? .success : .text)
            var spans = [Span(CostFigures.pad(CostFigures.label(scenario.expected.scenario) + (cheapest ? " ◀" : ""), nameWidth), style),
                         Span(figures, style)]
            if barWidth >= 8 {
                spans.append(Span("  "))
                spans += CostFigures.bar(scenario, highest: highest, width: barWidth)
            }
            lines.append(Line(spans))
        }
        lines.append(Line(CostFigures.breakEvenSentence(estimate), Style(.muted)))
        return lines
    }
}

/// Number formats, labels and the whisker bar the Cost views share.
enum CostFigures {
    /// A path's name short enough for a table.
    static func label(_ scenario: CostScenario) -> String {
        switch scenario {
        case .current: "large + RAG"
        case .routing: "routing + cache"
        case .fineTunedAPI: "fine-tuned (API)"
        case .fineTunedSelfHosted: "fine-tuned (own GPU)"
        }
    }

    /// A path's name for a table column.
    static func columnLabel(_ scenario: CostScenario) -> String {
        switch scenario {
        case .current: "large+RAG"
        case .routing: "routing"
        case .fineTunedAPI: "tuned API"
        case .fineTunedSelfHosted: "tuned GPU"
        }
    }

    /// "break-even of fine-tuned (API) vs large + RAG: month 5".
    static func breakEvenSentence(_ estimate: CostEstimate) -> String {
        let candidate = label(estimate.candidate), current = label(.current)
        guard let month = estimate.breakEvenMonth else {
            return "\(candidate) never breaks even vs \(current) at this volume"
        }
        return "break-even of \(candidate) vs \(current): month \(month)"
    }

    /// Where the training price comes from: the user's dated entry, or a reminder that the default has no source.
    /// `long` adds what to do about a default.
    static func trainingPriceNote(_ assumptions: CostAssumptions, long: Bool) -> String {
        let price = "$\(compactNumber(assumptions[.trainingPricePer1M]))/1M training tokens"
        let provenance = assumptions.provenance(.trainingPricePer1M)
        switch provenance.origin {
        case .stored: return "training price \(price): \(provenance.detail)"
        default:
            return "training price \(price): default, no public source"
                + (long ? "; enter your provider's (training_price_per_1m)" : "")
        }
    }

    /// The 12-month total as a bar on a shared scale, with the low-high range as whiskers `├ ┤`.
    static func bar(_ scenario: CostEstimate.Scenario, highest: Double, width: Int) -> [Span] {
        guard width > 0 else { return [] }
        let scale = { (amount: Double) in min(width - 1, max(0, Int((amount / max(highest, 1) * Double(width - 1)).rounded()))) }
        var cells = Array(repeating: Character(" "), count: width)
        let (low, expected, high) = (scale(scenario.total12Low), scale(scenario.total12), scale(scenario.total12High))
        for index in 0...expected { cells[index] = "█" }
        if high > expected { for index in (expected + 1)...high { cells[index] = "─" } }
        cells[low] = low == expected ? "█" : "├"
        if high > expected { cells[high] = "┤" }
        return [Span(String(cells), Style(.accent))]
    }

    /// Dollars in at most five characters: `$950`, `$9.1k`, `$26k`, `$1.2M`.
    static func compactMoney(_ amount: Double) -> String {
        guard amount.isFinite else { return "$?" }
        return (amount < 0 ? "-$" : "$") + compactNumber(abs(amount))
    }

    /// `950`, `9.1k`, `26k`, `1.2M`, `0.075`: for tight columns (the detail line shows the exact value).
    static func compactNumber(_ value: Double) -> String {
        let magnitude = abs(value)
        func trimmed(_ number: Double, _ suffix: String) -> String {
            let text = number < 10 ? String(format: "%.1f", number) : String(format: "%.0f", number)
            return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + suffix
        }
        if magnitude >= 1e9 { return trimmed(value / 1e9, "B") }
        if magnitude >= 1e6 { return trimmed(value / 1e6, "M") }
        if magnitude >= 1e3 { return trimmed(value / 1e3, "k") }
        if magnitude >= 100 || magnitude == magnitude.rounded() { return String(Int(value.rounded())) }
        return String(format: "%.4g", value)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        return text.count >= width ? String(text.prefix(width - 1)) + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
