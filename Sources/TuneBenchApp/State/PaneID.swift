import TerminalUI

/// The panes of the workbench. The first four share the home screen; Report is a full-screen view.
public enum PaneID: String, CaseIterable, Hashable, Sendable {
    case decision, dataset, evals, cost, report

    /// The panes of the home screen, in focus order.
    public static let home: [PaneID] = [.decision, .dataset, .evals, .cost]

    /// The digit that focuses the pane, shown in its title.
    public var number: Int { PaneID.allCases.firstIndex(of: self)! + 1 }

    public var title: String {
        switch self {
        case .decision: "Decision"
        case .dataset: "Dataset"
        case .evals: "Evals"
        case .cost: "Cost"
        case .report: "Report"
        }
    }

    /// The binding scope of the pane's own keys.
    public var scope: BindingScope { .pane(rawValue) }
}
