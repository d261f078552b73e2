import TerminalUI
import TuneBenchCore

/// What the Cost pane remembers: the selected assumption of the form and the field being edited (undo and redo
/// are the project's edit log's).
public struct CostPaneState: Equatable, Sendable {
    /// Index into ``CostForm/fields``.
    public var selected = 0
    /// The field open for editing, if any; while it is open, keys are typed into it.
    public var editor: AssumptionEditor?
    /// Writes asked for whose result has not come back: a project reload read before them must not replace
    /// the assumptions on screen.
    public var pendingWrites = 0
    /// Narrow screens: the breakdown instead of the form (wide ones show both).
    public var showsBreakdown = false

    public init() {}

    /// The assumption the cursor is on.
    public var selectedName: CostAssumptionName { CostForm.fields[min(max(0, selected), CostForm.fields.count - 1)] }
}

/// The line editor of one assumption, shown in place of its value.
public struct AssumptionEditor: Equatable, Sendable {
    public var name: CostAssumptionName
    public var line: CommandLineState
    /// Why the last Enter was refused; the field stays open until the input is possible or Esc.
    public var problem: String?

    public init(name: CostAssumptionName, text: String) {
        self.name = name
        self.line = CommandLineState(text: text)
    }
}

/// The order of the assumptions in the form: by section, in catalog order within one.
public enum CostForm {
    public static let fields: [CostAssumptionName] = CostSection.allCases.flatMap { section in
        CostAssumptionName.allCases.filter { $0.spec.section == section }
    }

    /// The form's lines: a heading per section, then its fields.
    public enum Row: Equatable, Sendable {
        case section(CostSection)
        case field(Int)
    }

    public static let rows: [Row] = {
        var rows: [Row] = []
        for section in CostSection.allCases {
            rows.append(.section(section))
            for (index, name) in fields.enumerated() where name.spec.section == section { rows.append(.field(index)) }
        }
        return rows
    }()
}
