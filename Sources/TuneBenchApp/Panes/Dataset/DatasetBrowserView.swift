import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The zoomed pane: a header line (counts, filter, search), the list and the detail side by side when the
/// screen is wide, one at a time (`v`) when it is narrow.
struct DatasetBrowserView {
    /// Below this width the list and the detail take turns.
    static let splitWidth = 100

    let state: DatasetPaneState
    let context: PaneContext

    func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 1 else { return }
        grid.write(headerLine(), x: area.x, y: area.y, maxWidth: area.width)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if state.page.rows.isEmpty {
            let text = state.filter.isEmpty ? "No examples yet: import a file with `tunebench import`." : "No example matches the filter."
            Paragraph(lines: [Line(text, Style(.muted))]).render(in: body, into: &grid)
            return
        }
        if area.width >= Self.splitWidth {
            let columns = Layout.horizontal([.length(area.width * 45 / 100), .length(1), .fill(1)], in: body)
            ExampleListView(state: state, isFocused: context.isFocused).render(in: columns[0], into: &grid)
            for row in 0..<columns[1].height {
                grid.write("│", x: columns[1].x, y: columns[1].y + row, style: Style(.muted))
            }
            ExampleDetailView(state: state).render(in: columns[2].inset(horizontal: 1, vertical: 0), into: &grid)
        } else if state.showsDetail {
            ExampleDetailView(state: state).render(in: body, into: &grid)
        } else {
            ExampleListView(state: state, isFocused: context.isFocused).render(in: body, into: &grid)
        }
    }

    /// `412 examples · reviewed 24 · need order (31 first) · accepted 20/300 · 95/h now, 80/h overall, ~3.5 h to target · filter: status=pending · search: "fragment"`
    func headerLine() -> Line {
        let counts = context.project.reviewCounts
        let total = counts.total
        var spans = [Span("\(total) examples", Style(.text, attributes: .bold)),
                     Span("  reviewed \(total - counts.pending)/\(total)", Style(.muted))]
        // The need order is said early, where a narrow header still shows it; the default, last.
        if state.order == .need { spans.append(Span("  need order (\(state.reasons.count) first)", Style(.accent))) }
        if let (needed, _) = DatasetTarget.resolve(setting: state.target, problem: context.project.decisionAnswers["problem"]) {
            let met = counts.accepted >= needed
            spans.append(Span("  accepted \(counts.accepted)/\(needed)", Style(met ? .success : .text)))
        } else {
            spans.append(Span("  accepted \(counts.accepted)", Style(.muted)))
        }
        if counts.accepted > 0, let histogram = state.statistics?.acceptedHistogram {
            spans.append(Span(" " + DatasetSummaryView.sparkline(histogram), Style(.success)))
        }
        if let pace = context.project.reviewPace { spans.append(Span("  " + ReviewPaceLabel.text(pace), Style(.muted))) }
        if state.statistics?.nearDuplicatesStale == true {
            spans.append(Span("  near dups stale (:validate)", Style(.warning)))
        }
        if !state.filter.isEmpty { spans.append(Span("  filter: \(state.filter.label)", Style(.accent))) }
        if let search = state.search {
            var label = "  search: \"\(search)\""
            if let ranked = state.ranked, !ranked.rowIDs.isEmpty { label += " best \(state.rankedPosition + 1)/\(ranked.rowIDs.count)" }
            if state.searchIndex?.isCurrent == false { label += " (indexing: text scan)" }
            spans.append(Span(label, Style(.accent)))
        }
        if state.order == .dataset { spans.append(Span("  dataset order", Style(.muted))) }
        return Line(spans)
    }
}

/// The visible part of the page: status glyph, short id, first user line, tokens, badges and tags.
struct ExampleListView {
    let state: DatasetPaneState
    let isFocused: Bool

    func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 0, let index = state.selectedIndex ?? (state.page.rows.isEmpty ? nil : 0) else { return }
        let rows = state.page.rows
        let top = state.firstShown(height: area.height)
        for line in 0..<area.height {
            let at = top + line
            guard at < rows.count else { break }
            let row = rows[at]
            let selected = at == index
            grid.write(Line(spans(for: row, selected: selected, width: area.width)), x: area.x, y: area.y + line,
                       maxWidth: area.width)
            if selected && isFocused { grid.restyle(area.row(line)) { $0.background = .selection } }
        }
    }

    func spans(for row: ExampleRow, selected: Bool, width: Int) -> [Span] {
        let status = state.status(of: row)
        let glyph = Self.glyph(status)
        let inFlight = state.pending[row.rowID] != nil
        var badges: [Span] = []
        if row.errorCount > 0 { badges.append(Span(" ✘\(row.errorCount)", Style(.error))) }
        if row.warningCount > 0 { badges.append(Span(" ⚠\(row.warningCount)", Style(.warning))) }
        if row.isDuplicate { badges.append(Span(" 2×", Style(.warning))) }
        // Badges take a fixed column so the token counts line up.
        let badgeWidth = Line(badges).width
        if badgeWidth < Self.badgeColumn { badges.append(Span(String(repeating: " ", count: Self.badgeColumn - badgeWidth))) }
        var right: [Span] = [Span(String(row.tokens).leftPadded(to: 6), Style(.muted))] + badges
        if !row.tags.isEmpty { right.append(Span(" " + Fit.text(row.tags.joined(separator: ","), width: 14), Style(.accent))) }
        let left = [Span(selected ? "▶ " : "  ", Style(.accent)),
                    Span(glyph.0, inFlight ? Style(glyph.1, attributes: .dim) : Style(glyph.1)),
                    Span(" " + DatasetPane.shortID(row.id) + " ", Style(.muted))]
        let textWidth = max(0, width - Line(left).width - Line(right).width - 1)
        // In need order a leading row says why it is there, before its text.
        guard state.order == .need, let reason = state.reasons[row.rowID] else {
            return left + [Span(Fit.padded(row.firstLine, width: textWidth) + " ")] + right
        }
        let because = Fit.text(reason.text, width: textWidth)
        let rest = max(0, textWidth - DisplayWidth.of(because) - 3)
        let text = rest > 0 ? " · " + Fit.padded(row.firstLine, width: rest) : String(repeating: " ", count: textWidth - DisplayWidth.of(because))
        return left + [Span(because, Style(reason.kind == "error" ? .error : .warning)), Span(text + " ")] + right
    }

    /// Columns kept for the error, warning and duplicate badges.
    static let badgeColumn = 7

    static func glyph(_ status: ReviewStatus) -> (String, ColorRole) {
        switch status {
        case .pending: ("·", .muted)
        case .accepted: ("✔", .success)
        case .rejected: ("✘", .error)
        case .flagged: ("⚑", .warning)
        }
    }
}

/// Cutting untrusted text to a width: sanitised first, so the cut never splits an escape.
enum Fit {
    /// At most `width` columns, ending in `…` when cut.
    static func text(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let graphemes = Sanitizer.graphemes(in: text)
        if graphemes.reduce(0, { $0 + $1.1 }) <= width { return String(graphemes.map(\.0)) }
        var result = "", used = 0
        for (character, characterWidth) in graphemes {
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// Exactly `width` columns: cut like ``text(_:width:)`` and padded with spaces.
    static func padded(_ text: String, width: Int) -> String {
        let cut = Fit.text(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
