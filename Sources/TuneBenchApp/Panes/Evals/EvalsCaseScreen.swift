import Foundation
import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// One run's cases, or two runs compared: a header (the run's figures, or the paired table with McNemar, the
/// score difference with its interval and the verdict), then the case list and the selected case side by side on
/// wide screens, one above the other on narrow ones.
struct EvalsCaseScreen {
    /// From this width the list and the case sit side by side.
    static let splitWidth = 100

    let state: EvalsPaneState
    let context: PaneContext

    /// Lines above the list: the header (wrapped onto more lines on narrow screens) and the filter line.
    static func headerHeight(compare: Bool, width: Int) -> Int {
        (compare ? 2 : 1) * (width >= splitWidth ? 1 : 2) + 1
    }

    /// Rows the list has (for paging by a screenful).
    static func listHeight(_ context: PaneContext, compare: Bool = false) -> Int {
        let body = max(1, context.height - headerHeight(compare: compare, width: context.width))
        return context.width >= splitWidth ? body : max(3, body / 3)
    }

    private var runs: [StoredEvalRun] { context.project.evalRuns }
    private var runA: StoredEvalRun? { runs.first { $0.id == state.runID } }
    private var runB: StoredEvalRun? { state.screen == .compare ? runs.first { $0.id == state.otherRunID } : nil }
    private var isCompare: Bool { state.screen == .compare }

    func render(in area: Rect, into grid: inout Grid) {
        let top = Self.headerHeight(compare: isCompare, width: area.width)
        let header = (isCompare ? compareHeader() : runHeader()).flatMap { StyledWrap.lines($0.spans, width: area.width) }
        for (index, line) in (header.prefix(top - 1) + [filterLine()]).enumerated() where index < area.height {
            grid.write(line, x: area.x, y: area.y + index, maxWidth: area.width)
        }
        guard area.height > top else { return }
        let body = Rect(x: area.x, y: area.y + top, width: area.width, height: area.height - top)
        let list: Rect, detail: Rect
        if area.width >= Self.splitWidth {
            let columns = Layout.horizontal([.length(area.width * 40 / 100), .length(1), .fill(1)], in: body)
            for row in 0..<columns[1].height { grid.write("│", x: columns[1].x, y: columns[1].y + row, style: Style(.muted)) }
            (list, detail) = (columns[0], columns[2].inset(horizontal: 1, vertical: 0))
        } else {
            let listRows = max(3, body.height / 3)
            list = Rect(x: body.x, y: body.y, width: body.width, height: min(listRows, body.height))
            let separator = body.y + list.height
            if separator < body.maxY {
                grid.write(String(repeating: "─", count: body.width), x: body.x, y: separator, style: Style(.muted))
            }
            detail = Rect(x: body.x, y: separator + 1, width: body.width, height: max(0, body.maxY - separator - 1))
        }
        renderList(in: list, into: &grid)
        renderDetail(in: detail, into: &grid)
    }

    // MARK: - Header

    private func runHeader() -> [Line] {
        guard let run = runA else { return [Line("reading…", Style(.muted))] }
        var spans = [Span(run.name, Style(.text, attributes: .bold)), Span("  \(run.model ?? run.source)", Style(.muted)),
                     Span("  \(run.cases) cases  passed \(run.passed) (\(EvalsLadderChart.percent(run.passRate)))  failed \(run.cases - run.passed)")]
        if run.errors > 0 { spans.append(Span("  errors \(run.errors)", Style(.error))) }
        if run.overrides > 0 { spans.append(Span("  ✎ \(run.overrides) by hand", Style(.warning))) }
        return [Line(spans)]
    }

    private func compareHeader() -> [Line] {
        let names = [Span("Compare  ", Style(.text, attributes: .bold)), Span(runA?.name ?? "?", Style(.accent)),
                     Span(" (A)  vs  ", Style(.muted)), Span(runB?.name ?? "?", Style(.accent)), Span(" (B)", Style(.muted))]
        guard let result = state.comparison else {
            return [Line(names), Line("comparing: McNemar exact and a 10,000-resample paired bootstrap…", Style(.muted))]
        }
        var first = names + [Span("   paired \(result.paired)  both pass \(result.bothPass)  both fail \(result.bothFail)  "),
                             Span("A only \(result.aOnly)", Style(.error)), Span("  "), Span("B only \(result.bOnly)", Style(.success))]
        if !result.unpairedA.isEmpty || !result.unpairedB.isEmpty {
            first.append(Span("  unpaired \(result.unpairedA.count)/\(result.unpairedB.count)", Style(.warning)))
        }
        let p = result.mcnemarP < 0.0001 ? "p < 0.0001" : String(format: "p = %.4f", result.mcnemarP)
        let diff = String(format: "%+.1f pts [%+.1f, %+.1f]", result.scoreDiff * 100, result.diffInterval.low * 100,
                          result.diffInterval.high * 100)
        let verdict: (String, ColorRole) = switch result.verdict {
        case .better: ("B better", .success)
        case .worse: ("B worse", .error)
        case .noDetectableDifference: ("no detectable difference", .warning)
        }
        // The verdict first: it is what the rest supports, and it stays whole on narrow screens.
        var second = [Span(verdict.0, Style(verdict.1, attributes: .bold)), Span("  McNemar \(p)  score B−A \(diff)")]
        if let needed = result.casesNeeded, result.verdict == .noDetectableDifference {
            second.append(Span("  (~\(needed) paired cases to detect)", Style(.muted)))
        }
        return [Line(first), Line(second)]
    }

    /// `filter: flips (29)  search: "nested"  case #117`
    private func filterLine() -> Line {
        var spans = [Span("filter: ", Style(.muted)), Span(state.filter.rawValue, Style(.accent, attributes: .bold))]
        if state.search == nil, let count = filterCount() { spans.append(Span(" (\(count))", Style(.accent))) }
        if isCompare, state.filter != .all, state.filter != .flips {
            spans.append(Span(state.filter == .errors ? " in A or B" : " of B", Style(.muted)))
        }
        if let search = state.search { spans.append(Span("  search: \"\(search)\"", Style(.accent))) }
        if let row = state.selectedRow {
            let total = runA.map { " of \($0.cases)" } ?? ""
            spans.append(Span("  case #\(row.ordinal + 1)\(total)\(isCompare ? " in A" : "")", Style(.muted)))
        }
        return Line(spans)
    }

    /// How many cases the filter lists, from counts already known (never a scan).
    private func filterCount() -> Int? {
        if isCompare {
            guard let result = state.comparison else { return nil }
            switch state.filter {
            case .all: return result.paired
            case .flips: return result.aOnly + result.bOnly
            case .failures: return result.bothFail + result.aOnly
            case .passes: return result.bothPass + result.bOnly
            case .errors: return nil
            }
        }
        guard let run = runA else { return nil }
        switch state.filter {
        case .all, .flips: return run.cases
        case .failures: return run.cases - run.passed
        case .passes: return run.passed
        case .errors: return run.errors
        }
    }

    // MARK: - List

    private func renderList(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        let rows = state.page.rows
        guard let index = state.selectedIndex ?? (rows.isEmpty ? nil : 0) else {
            let text = state.loadedRequest == state.pageRequest
                ? (state.search == nil && state.filter == .all ? "No cases." : "No case matches.") : "reading…"
            grid.write(text, x: area.x, y: area.y, style: Style(.muted))
            return
        }
        let top = state.firstShown(height: area.height)
        for line in 0..<area.height {
            let at = top + line
            guard at < rows.count else { break }
            grid.write(Line(spans(for: rows[at], selected: at == index, width: area.width)), x: area.x, y: area.y + line,
                       maxWidth: area.width)
            if at == index, context.isFocused { grid.restyle(area.row(line)) { $0.background = .selection } }
        }
    }

    private func spans(for row: EvalCaseRow, selected: Bool, width: Int) -> [Span] {
        var spans = [Span(selected ? "▶ " : "  ", Style(.accent))]
        if let b = row.b {
            spans += [Span("A", Style(.muted))] + Self.verdictSpans(row.a) + [Span(" B", Style(.muted))] + Self.verdictSpans(b)
        } else {
            spans += Self.verdictSpans(row.a)
        }
        spans.append(Span(" " + Fit.padded(row.key, width: 12) + " ", Style(.muted)))
        let used = Line(spans).width
        spans.append(Span(Fit.text(row.firstLine, width: max(0, width - used))))
        return spans
    }

    /// `✔ ` or `✘✎` (overridden) or `✘!` (the call failed).
    static func verdictSpans(_ verdict: EvalCaseVerdict) -> [Span] {
        let glyph = Span(verdict.pass ? "✔" : "✘", Style(verdict.pass ? .success : .error))
        if verdict.isOverridden { return [glyph, Span("✎", Style(.warning))] }
        if verdict.hasError { return [glyph, Span("!", Style(.error))] }
        return [glyph, Span(" ")]
    }

    // MARK: - Detail

    private func renderDetail(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        guard let detail = state.detail, detail.key == state.selectedRow?.key else {
            if state.selectedRow != nil { grid.write("reading…", x: area.x, y: area.y, style: Style(.muted)) }
            return
        }
        let lines = isCompare ? compareLines(detail, width: area.width) : caseLines(detail, width: area.width)
        let offset = min(state.detailOffset, max(0, lines.count - area.height))
        Paragraph(lines: lines, wrap: false, offset: offset).render(in: area, into: &grid)
    }

    private func caseLines(_ detail: EvalsPaneState.CaseDetail, width: Int) -> [Line] {
        guard let stored = detail.a else { return [Line("This case is no longer in the run (Ctrl-L re-reads).", Style(.warning))] }
        var lines = [Line([Span(Sanitizer.visible(detail.key) + "  ", Style(.text, attributes: .bold))] + Self.verdictLabel(stored)
                          + [Span("  " + Self.figures(stored.imported), Style(.muted))])]
        lines += Self.overrideLines(stored, width: width)
        lines += Self.section("input", stored.imported.input, width: width)
        lines += Self.section("output", stored.imported.output, width: width)
        if let expected = stored.imported.expected { lines += Self.section("expected", expected, width: width) }
        lines += Self.graderLines(stored.imported, width: width)
        return lines
    }

    private func compareLines(_ detail: EvalsPaneState.CaseDetail, width: Int) -> [Line] {
        guard let a = detail.a, let b = detail.b else {
            return [Line("This case is no longer in both runs (Ctrl-L re-reads).", Style(.warning))]
        }
        var lines = [Line([Span(Sanitizer.visible(detail.key) + "  ", Style(.text, attributes: .bold)), Span("A ", Style(.muted))]
                          + Self.verdictLabel(a) + [Span("   B ", Style(.muted))] + Self.verdictLabel(b))]
        lines += Self.section("input", a.imported.input, width: width)
        if let expected = a.imported.expected ?? b.imported.expected { lines += Self.section("expected", expected, width: width) }
        lines.append(Line([]))
        let sides = detail.diff ?? WordDiff.diff(a.imported.output, b.imported.output)
        let removed = Style(.error, attributes: [.reverse]), added = Style(.success, attributes: [.reverse])
        func side(_ name: String, _ stored: StoredEvalCase, _ pieces: [WordDiff.Piece], changed: Style, width: Int) -> [Line] {
            var lines = [Line([Span(name, Style(.accent, attributes: .bold)), Span(" output  ")] + Self.verdictLabel(stored))]
            let spans = pieces.map { Span($0.text, $0.kind == .same ? Style(.text) : changed) }
            lines += pieces.isEmpty ? [Line("  (empty)", Style(.muted))] : StyledWrap.lines(spans, width: width, indent: "  ")
            lines += Self.overrideLines(stored, width: width)
            lines += Self.graderLines(stored.imported, width: width)
            return lines
        }
        let nameA = "A " + Fit.text(runA?.name ?? "", width: 20), nameB = "B " + Fit.text(runB?.name ?? "", width: 20)
        let columnWidth = (width - 3) / 2
        if columnWidth >= 30 {
            let left = side(nameA, a, sides.old, changed: removed, width: columnWidth)
            let right = side(nameB, b, sides.new, changed: added, width: columnWidth)
            for index in 0..<max(left.count, right.count) {
                let leftLine = index < left.count ? left[index] : Line([])
                let pad = max(0, columnWidth - leftLine.width)
                var spans = leftLine.spans + [Span(String(repeating: " ", count: pad)), Span(" │ ", Style(.muted))]
                if index < right.count { spans += right[index].spans }
                lines.append(Line(spans))
            }
        } else {
            lines += side(nameA, a, sides.old, changed: removed, width: width) + [Line([])]
                + side(nameB, b, sides.new, changed: added, width: width)
        }
        if sides.changedWords > 0 {
            lines.append(Line([]))
            lines.append(Line([Span("word diff: ", Style(.muted)), Span("removed in B", removed), Span("  "),
                               Span("added in B", added), Span("  (\(sides.changedWords) words differ)", Style(.muted))]))
        } else if a.imported.output == b.imported.output {
            lines.append(Line("the two outputs are identical", Style(.muted)))
        }
        return lines
    }

    /// `✘ fail` or `✔ pass ✎ by hand`.
    static func verdictLabel(_ stored: StoredEvalCase) -> [Span] {
        var spans = [Span(stored.pass ? "✔ pass" : "✘ fail", Style(stored.pass ? .success : .error, attributes: .bold))]
        if stored.override != nil { spans.append(Span(" ✎ by hand", Style(.warning))) }
        return spans
    }

    /// `score 0.50  812 ms  $0.00012  tokens 40`
    static func figures(_ item: EvalCase) -> String {
        var parts = [String(format: "score %.2f", item.score)]
        if let latency = item.latencyMs { parts.append(String(format: "%.0f ms", latency)) }
        if let cost = item.cost { parts.append(String(format: "$%.5f", cost)) }
        if let tokens = item.tokens?.total { parts.append("tokens \(tokens)") }
        return parts.joined(separator: "  ")
    }

    static func overrideLines(_ stored: StoredEvalCase, width: Int) -> [Line] {
        guard let override = stored.override else { return [] }
        let note = override.note.isEmpty ? "" : ": " + override.note
        let text = "✎ \(override.pass ? "pass" : "fail") by hand\(note) (imported: \(stored.imported.pass ? "pass" : "fail"))"
        return StyledWrap.lines([Span(text, Style(.warning))], width: width)
    }

    static func section(_ title: String, _ text: String, width: Int) -> [Line] {
        let body = text.isEmpty ? [Line("  (empty)", Style(.muted))] : StyledWrap.lines([Span(text)], width: width, indent: "  ")
        return [Line(title, Style(.muted, attributes: .bold))] + body
    }

    static func graderLines(_ item: EvalCase, width: Int) -> [Line] {
        var lines: [Line] = []
        if !item.verdicts.isEmpty {
            lines.append(Line("graders", Style(.muted, attributes: .bold)))
            for verdict in item.verdicts {
                let mark = Span(verdict.pass ? "✔ " : "✘ ", Style(verdict.pass ? .success : .error))
                lines += StyledWrap.lines([mark, Span(verdict.grader + "  ", Style(.text, attributes: .bold)),
                                           Span(verdict.reason, Style(.muted))], width: width, indent: "  ")
            }
        }
        if let error = item.error {
            lines.append(Line("error", Style(.error, attributes: .bold)))
            lines += StyledWrap.lines([Span(error, Style(.error))], width: width, indent: "  ")
        }
        if !item.metrics.isEmpty {
            let text = item.metrics.sorted { $0.key < $1.key }.map { "\($0.key) " + String(format: "%.2f", $0.value) }.joined(separator: "  ")
            lines += StyledWrap.lines([Span("metrics  ", Style(.muted, attributes: .bold)), Span(text, Style(.muted))], width: width)
        }
        return lines
    }
}
