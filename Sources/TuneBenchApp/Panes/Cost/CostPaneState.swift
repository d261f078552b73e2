import TerminalUI
import TuneBenchCore

/// What the Cost pane remembers: the selected assumption of the form, the field being edited, and this
/// session's undo and redo steps.
public struct CostPaneState: Equatable, Sendable {
    /// Index into ``CostForm/fields``.
    public var selected = 0
    /// The field open for editing, if any; while it is open, keys are typed into it.
    public var editor: AssumptionEditor?
    /// Edits of this session, oldest first; each step is written back to the project file when undone.
    public var undoStack: [AssumptionStep] = []
    public var redoStack: [AssumptionStep] = []
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

/// One undoable change of an assumption: the stored value before and after (nil: nothing stored, the
/// default applies).
public struct AssumptionStep: Equatable, Sendable {
    public var name: CostAssumptionName
    public var before: AssumptionValue?
    public var after: AssumptionValue?

    public init(name: CostAssumptionName, before: AssumptionValue?, after: AssumptionValue?) {
        self.name = name
        self.before = before
        self.after = after
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
