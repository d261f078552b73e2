import TerminalUI

/// The top row: where you are (app, project, zoomed pane) on the left, the pane tabs on the right with the
/// focused one highlighted. Tabs can be clicked; ``tabColumns(width:)`` says where they are.
struct HeaderView: Widget {
    var state: AppState

    func render(in area: Rect, into grid: inout Grid) {
        grid.fill(area)
        let (left, right) = arrangement(width: area.width)
        StatusBar(left: left, right: right).render(in: area, into: &grid)
    }

    /// The most informative arrangement that fits: full tabs with the app name, then without it, then
    /// numbered tabs (with and without the app name).
    func arrangement(width: Int) -> (left: Line, tabs: Line) {
        var place = [Span(" " + state.project.name)]
        if let pane = state.fullScreenPane { place.append(Span(" › " + pane.title, Style(.muted))) }
        let app = [Span(" tunebench ", Style(.accent, attributes: .bold))]
        let candidates = [(app + place, tabLine(compact: false)), (place, tabLine(compact: false)),
                          (app + place, tabLine(compact: true)), (place, tabLine(compact: true))]
        let (left, tabs) = candidates.first { Line($0.0).width + 2 + $0.1.width <= width } ?? candidates[3]
        return (Line(left), tabs)
    }

    /// The columns each pane's tab takes in a header of `width` columns.
    func tabColumns(width: Int) -> [(pane: PaneID, columns: Range<Int>)] {
        let tabs = arrangement(width: width).tabs
        var x = width - min(tabs.width, width)
        var result: [(PaneID, Range<Int>)] = []
        for (pane, span) in zip(PaneID.allCases, tabs.spans) {
            let spanWidth = Line([span]).width
            result.append((pane, x..<(x + spanWidth)))
            x += spanWidth
        }
        return result
    }

    /// `[1 Decision] 2 Dataset …`, or `[1] 2 3 4 5` when space is short; one span per pane, then a space.
    func tabLine(compact: Bool) -> Line {
        var spans: [Span] = []
        for pane in PaneID.allCases {
            let label = compact ? "\(pane.number)" : "\(pane.number) \(pane.title)"
            if pane == state.focus {
                spans.append(Span("[\(label)]", Style(.accent, attributes: [.bold, .reverse])))
            } else {
                spans.append(Span(" \(label) ", Style(.muted)))
            }
        }
        spans.append(Span(" "))
        return Line(spans)
    }
}
