import TerminalUI

/// The top row: where you are (app, project, zoomed pane) on the left, the pane tabs on the right with the
/// focused one highlighted.
struct HeaderView: Widget {
    var state: AppState

    func render(in area: Rect, into grid: inout Grid) {
        grid.fill(area)
        var breadcrumb = [Span(" tunebench ", Style(.accent, attributes: .bold)), Span(" " + state.project.name)]
        if let pane = state.fullScreenPane { breadcrumb.append(Span(" › " + pane.title, Style(.muted))) }
        let tabs = tabLine(compact: false)
        let chosen = Line(breadcrumb).width + 2 + tabs.width <= area.width ? tabs : tabLine(compact: true)
        StatusBar(left: Line(breadcrumb), right: chosen).render(in: area, into: &grid)
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
            spans.append(Span(" "))
        }
        return Line(spans)
    }
}
