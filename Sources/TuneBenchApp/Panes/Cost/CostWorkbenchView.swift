import TerminalUI
import TuneBenchCore

/// The zoomed Cost pane: the assumptions as a form grouped by section (the selected one explained below it,
/// or open in its line editor), and beside it the 12-month bars with whiskers, the breakdown of every path,
/// the break-even and the sentence naming the cheapest path. Below 100 columns the form comes under the bars,
/// and `v` shows the breakdown in its place.
struct CostWorkbenchView {
    let overview: CostOverview
    let state: CostPaneState

    static let sideBySideWidth = 100
    static let figuresWidth = 62

    func render(in area: Rect, into grid: inout Grid) {
        let figures = CostBreakdownView(overview: overview)
        if area.width >= Self.sideBySideWidth {
            let formWidth = area.width - Self.figuresWidth - 2
            CostFormView(overview: overview, state: state, breakdownKey: false)
                .render(in: Rect(x: area.x, y: area.y, width: formWidth, height: area.height), into: &grid)
            let right = Rect(x: area.maxX - Self.figuresWidth, y: area.y, width: Self.figuresWidth, height: area.height)
            Paragraph(lines: figures.lines(width: right.width), wrap: false).render(in: right, into: &grid)
        } else if state.showsBreakdown {
            Paragraph(lines: figures.breakdownAndSummary(width: area.width), wrap: false).render(in: area, into: &grid)
        } else {
            let top = figures.chart(width: area.width)
            let topHeight = min(top.count, max(0, area.height / 2 - 1))
            Paragraph(lines: Array(top.prefix(topHeight)), wrap: false)
                .render(in: Rect(x: area.x, y: area.y, width: area.width, height: topHeight), into: &grid)
            let form = Rect(x: area.x, y: area.y + topHeight + 1, width: area.width,
                            height: max(0, area.height - topHeight - 1))
            CostFormView(overview: overview, state: state, breakdownKey: true).render(in: form, into: &grid)
        }
    }
}

/// The assumptions, by section, with the selected one explained (name, unit, allowed values, source) under
/// the list; the one being edited shows its line editor in place of its value.
struct CostFormView {
    let overview: CostOverview
    let state: CostPaneState
    /// Mention `v` (the breakdown is not beside the form).
    let breakdownKey: Bool

    func render(in area: Rect, into grid: inout Grid) {
        guard area.width > 0, area.height > 0 else { return }
        let detail = Array(detailLines(width: area.width).prefix(max(0, area.height - 3)))
        let listHeight = area.height - detail.count
        let rows = CostForm.rows
        let selectedRow = rows.firstIndex(of: .field(state.selected)) ?? 0
        let offset = min(max(0, selectedRow - listHeight / 2), max(0, rows.count - listHeight))
        let lines = rows.dropFirst(offset).prefix(listHeight).map { line(for: $0, width: area.width) }
        Paragraph(lines: Array(lines), wrap: false)
            .render(in: Rect(x: area.x, y: area.y, width: area.width, height: listHeight), into: &grid)
        Paragraph(lines: detail, wrap: false)
            .render(in: Rect(x: area.x, y: area.y + listHeight, width: area.width, height: detail.count), into: &grid)
    }

    private func line(for row: CostForm.Row, width: Int) -> Line {
        switch row {
        case .section(let section):
            return Line(section.rawValue, Style(.accent, attributes: .bold))
        case .field(let index):
            let name = CostForm.fields[index]
            let spec = name.spec
            let selected = index == state.selected
            let labelWidth = max(8, min(24, width * 2 / 5))
            let valueWidth = 17
            let marker = selected ? "▶ " : "  "
            let label = CostFigures.pad(spec.label, labelWidth)
            if selected, let editor = state.editor, editor.name == name {
                return Line([Span("✎ " + label, Style(.accent, attributes: .bold))] + editorSpans(editor)
                            + [Span("  \(name.isModel ? "" : spec.unit + ", ")\(spec.allowedText)", Style(.muted))])
            }
            let value = overview.assumptions.value(name)
            let stored = overview.assumptions.provenance(name).origin == .stored
            let unit = name.isModel ? "" : spec.unit
            let valueText = name.isModel
                ? CostFigures.pad(value.displayText, max(1, width - labelWidth - 3))
                : CostFigures.pad(formValue(value) + TokenFigureMark.suffix(estimated: overview.assumptions.provenance(name).isTokenEstimate),
                                  valueWidth)
            let base: Style = selected ? Style(.text, on: .selection) : .plain
            var valueStyle = base
            valueStyle.foreground = stored ? .accent : .text
            let rowText = marker + label + " " + valueText
            let unitText = unit.isEmpty ? "" : String(unit.prefix(max(0, width - rowText.count)))
            return Line([Span(marker + label + " ", base), Span(valueText, valueStyle), Span(unitText, selected ? base : Style(.muted))])
        }
    }

    /// The editor's text with the cursor cell in reverse video.
    private func editorSpans(_ editor: AssumptionEditor) -> [Span] {
        let characters = Array(editor.line.text)
        let cursor = min(editor.line.cursor, characters.count)
        let before = String(characters[..<cursor])
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        let after = cursor < characters.count ? String(characters[(cursor + 1)...]) : ""
        return [Span(before), Span(under, Style(.text, attributes: .reverse)), Span(after)]
    }

    /// `75 (50–100)`, `300k (100k–1M)`: compact so the column holds it; the detail shows the exact value.
    private func formValue(_ value: AssumptionValue) -> String {
        guard case .number(let range) = value else { return value.displayText }
        let expected = CostFigures.compactNumber(range.expected)
        guard range.hasSpread else { return expected }
        return "\(expected) (\(CostFigures.compactNumber(range.low))–\(CostFigures.compactNumber(range.high)))"
    }

    /// Under the list: the selected assumption's name, unit, allowed values, exact value and where it comes
    /// from; while editing, what to type and why the last try was refused.
    private func detailLines(width: Int) -> [Line] {
        let name = state.editor?.name ?? state.selectedName
        let spec = name.spec
        let provenance = overview.assumptions.provenance(name)
        let source: String = switch provenance.origin {
        case .builtIn: "default: \(provenance.detail)"
        case .dataset, .stored, .measured: provenance.detail
        case .override: "\(provenance.detail), \(provenance.origin.rawValue)"
        }
        var lines = [Line(String(repeating: "─", count: width), Style(.muted))]
        let unit = name.isModel ? "" : "  \(spec.unit)"
        lines.append(Line([Span(name.rawValue, Style(.text, attributes: .bold)),
                           Span("\(unit)  allowed: \(spec.allowedText)", Style(.muted))]))
        lines += wrapped("= \(overview.assumptions.value(name).assignmentText) · \(source)", width: width, style: Style(.muted))
        if let editor = state.editor {
            if let problem = editor.problem {
                lines += wrapped("✘ \(problem)", width: width, style: Style(.error))
            } else {
                let format = name.isModel ? "a model name" : "VALUE or LOW:VALUE:HIGH"
                lines += wrapped("type \(format) · Enter stores · Ctrl-U clears · Esc cancels", width: width, style: Style(.muted))
            }
        } else {
            lines += wrapped("Enter/e edits · r default · u undo · Ctrl-R redo" + (breakdownKey ? " · v breakdown" : ""),
                             width: width, style: Style(.muted))
        }
        return lines
    }

    private func wrapped(_ text: String, width: Int, style: Style) -> [Line] {
        Wrap.lines(text, width: max(1, width)).map { Line($0, style) }
    }
}

/// The figures beside the form: the 12-month bars with whiskers, the breakdown of every path (one-time and
/// monthly parts, 12- and 24-month totals with their ranges, the break-even month against today's path), then
/// the sentence naming the cheapest path and the most sensitive assumption, and the training price's source.
struct CostBreakdownView {
    let overview: CostOverview

    private var estimate: CostEstimate { overview.estimate }
    static let labelWidth = 18
    static let columnWidth = 11

    func lines(width: Int) -> [Line] {
        chart(width: width) + [Line([])] + breakdownAndSummary(width: width)
    }

    /// The breakdown, the sentence naming the cheapest path, and the training price's source.
    func breakdownAndSummary(width: Int) -> [Line] {
        var lines = breakdown()
        lines.append(Line([]))
        lines += Wrap.lines(estimate.summary, width: max(1, width)).map { Line($0) }
        lines += Wrap.lines(CostFigures.trainingPriceNote(overview.assumptions, long: true), width: max(1, width))
            .map { Line($0, Style(.muted)) }
        return lines
    }

    /// A heading and one bar per path on a shared scale: `█` to the expected total, `├` the low end, `─┤` up to
    /// the high end.
    func chart(width: Int) -> [Line] {
        let nameWidth = 20, amountWidth = 9
        var lines = [Line("12-month total   █ expected  ├─┤ low to high", Style(.muted))]
        let highest = estimate.scenarios.map(\.total12High).max() ?? 1
        for scenario in estimate.scenarios {
            let cheapest = scenario.expected.scenario == estimate.cheapest
            let style = Style(cheapest ? .success : .text)
            lines.append(Line([Span(CostFigures.pad(CostFigures.label(scenario.expected.scenario) + (cheapest ? " ◀" : ""), nameWidth), style),
                               Span(CostFigures.right(Money.format(scenario.total12), amountWidth) + " ", style)]
                              + CostFigures.bar(scenario, highest: highest, width: max(0, width - nameWidth - amountWidth - 1))))
        }
        return lines
    }

    /// Rows of parts, columns of paths.
    private func breakdown() -> [Line] {
        let scenarios = estimate.scenarios
        var lines = [Line(CostFigures.pad("", Self.labelWidth)
                          + scenarios.map { CostFigures.right(CostFigures.columnLabel($0.expected.scenario), Self.columnWidth) }.joined(),
                          Style(.muted, attributes: .bold))]
        func row(_ label: String, _ cells: [String], _ style: Style = .plain) {
            lines.append(Line(CostFigures.pad(label, Self.labelWidth)
                              + cells.map { CostFigures.right($0, Self.columnWidth) }.joined(), style))
        }
        func items(_ pick: (ScenarioCost) -> [CostLine]) -> [String] {
            var names: [String] = []
            for scenario in scenarios {
                for item in pick(scenario.expected) where !names.contains(item.item) { names.append(item.item) }
            }
            return names
        }
        func amount(_ scenario: CostEstimate.Scenario, _ item: String, _ pick: (ScenarioCost) -> [CostLine]) -> String {
            pick(scenario.expected).first { $0.item == item }.map { Money.format($0.amount) } ?? "–"
        }
        row("one-time", scenarios.map { Money.format($0.expected.oneTime) }, Style(.text, attributes: .bold))
        for item in items(\.oneTimeItems) {
            row("  " + Self.short(item), scenarios.map { amount($0, item, \.oneTimeItems) }, Style(.muted))
        }
        row("monthly", scenarios.map { Money.format($0.expected.monthly) }, Style(.text, attributes: .bold))
        for item in items(\.fixedMonthlyItems) {
            row("  " + Self.short(item), scenarios.map { amount($0, item, \.fixedMonthlyItems) }, Style(.muted))
        }
        row("  inference", scenarios.map { Money.format($0.expected.inferenceMonthly) }, Style(.muted))
        row("  per call", scenarios.map { Money.formatPrecise($0.expected.costPerCall) }, Style(.muted))
        row("12 months", scenarios.map { Money.format($0.total12) }, Style(.text, attributes: .bold))
        row("  low to high", scenarios.map { range($0.total12Low, $0.total12High) }, Style(.muted))
        row("24 months", scenarios.map { Money.format($0.total24) }, Style(.text, attributes: .bold))
        row("  low to high", scenarios.map { range($0.total24Low, $0.total24High) }, Style(.muted))
        let baseline = estimate.scenario(.current).expected
        row("break-even vs now", scenarios.map { scenario in
            guard scenario.expected.scenario != .current else { return "–" }
            return BreakEven.month(candidate: scenario.expected, baseline: baseline).map { "month \($0)" } ?? "never"
        })
        return lines
    }

    private func range(_ low: Double, _ high: Double) -> String {
        "\(CostFigures.compactMoney(low))–\(CostFigures.compactNumber(high))"
    }

    /// The breakdown's row names, short enough for the label column.
    static func short(_ item: String) -> String {
        switch item {
        case "dataset building": "dataset"
        case "routing and cache setup": "routing setup"
        case "maintenance (engineer share)": "maintenance"
        default: item
        }
    }
}
