import TerminalUI

/// The top row: where you are (app, project, zoomed pane) on the left, the pane tabs on the right with the
/// focused one highlighted.
struct HeaderView: Widget {
    var state: AppState

    func render(in area: Rect, into grid: inout Grid) {
        grid.fill(area)
        var place = [Span(" " + state.project.name)]
        if let pane = state.fullScreenPane { place.append(Span(" › " + pane.title, Style(.muted))) }
        let app = [Span(" tunebench ", Style(.accent, attributes: .bold))]
        // The most informative arrangement that fits: full tabs with the app name, then without it, then
        // numbered tabs (with and without the app name).
        let candidates = [(app + place, tabLine(compact: false)), (place, tabLine(compact: false)),
                          (app + place, tabLine(compact: true)), (place, tabLine(compact: true))]
        let (left, right) = candidates.first { Line($0.0).width + 2 + $0.1.width <= area.width } ?? candidates[3]
        StatusBar(left: Line(left), right: right).render(in: area, into: &grid)
    }

    /// `[1 Decision] 2 Dataset …`, or `[1] 2 3 4 5` when space is short.
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
