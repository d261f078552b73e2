import TerminalUI

extension AppState {
    /// The overlay a pane has open, with that pane (at most one is open at a time: each is modal).
    public var paneOverlay: (pane: PaneID, overlay: PaneOverlay)? {
        for pane in PaneID.allCases {
            if let overlay = overlay(of: pane) { return (pane, overlay) }
        }
        return nil
    }

    /// The overlay `pane` has open, if any.
    func overlay(of pane: PaneID) -> PaneOverlay? {
        switch pane {
        case .decision: DecisionPane.overlay(decision)
        case .dataset: DatasetPane.overlay(dataset)
        case .evals: EvalsPane.overlay(evals)
        case .cost: CostPane.overlay(cost)
        case .report: ReportPane.overlay(report)
        }
    }

    /// Closes the open overlay: the app's own, else the pane's.
    mutating func closeOverlay() {
        if overlay != nil {
            overlay = nil
            return
        }
        switch paneOverlay?.pane {
        case .decision: DecisionPane.closeOverlay(&decision)
        case .dataset: DatasetPane.closeOverlay(&dataset)
        case .evals: EvalsPane.closeOverlay(&evals)
        case .cost: CostPane.closeOverlay(&cost)
        case .report: ReportPane.closeOverlay(&report)
        case nil: break
        }
    }

    /// Draws the open pane overlay in `area`.
    func renderPaneOverlay(_ pane: PaneID, in area: Rect, into grid: inout Grid) {
        let context = context(for: pane)
        switch pane {
        case .decision: DecisionPane.renderOverlay(decision, context: context, in: area, into: &grid)
        case .dataset: DatasetPane.renderOverlay(dataset, context: context, in: area, into: &grid)
        case .evals: EvalsPane.renderOverlay(evals, context: context, in: area, into: &grid)
        case .cost: CostPane.renderOverlay(cost, context: context, in: area, into: &grid)
        case .report: ReportPane.renderOverlay(report, context: context, in: area, into: &grid)
        }
    }
}
