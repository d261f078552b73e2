import TerminalUI
import TuneBenchCore

/// The Cost pane: what each path costs, and (zoomed) every assumption as a form to edit in place.
///
/// An edit is checked and the whole estimate recomputed in `update`, so the totals change on the frame of the
/// Enter that made it; the value is then stored by an ``TaskKind/ordered`` task (one serial queue, key order)
/// and the status bar confirms it once it is in the project file. Undo and redo are the edit log's, so they
/// survive restarts (see ``CostEditFlow``).
public enum CostPane: Pane {
    public typealias State = CostPaneState

    public enum Action: PaneAction, ListNavigationAction {
        case move(Int)
        case page(Int)
        case top
        case bottom
        /// Opens the selected field's line editor (on the home screen: zooms first).
        case edit
        /// Typing in the open line editor.
        case editInput(TextInputAction)
        case editSubmit
        case editCancel
        /// Removes the stored value of the selected field, so its default applies.
        case reset
        /// Narrow screens: the breakdown instead of the form, and back.
        case toggleBreakdown
        case undo
        case redo
        /// An assumption change (or its undo or redo) is stored, or was refused.
        case editFinished(EditResult)

        public var isResult: Bool {
            switch self {
            case .editFinished: true
            default: false
            }
        }

        public var longName: String {
            switch self {
            case .move(let delta): delta < 0 ? "cost-up" : "cost-down"
            case .page(let delta): delta < 0 ? "cost-page-up" : "cost-page-down"
            case .top: "cost-top"
            case .bottom: "cost-bottom"
            case .edit: "cost-edit"
            case .editInput(let input): input.longName(prefix: "cost-edit")
            case .editSubmit: "cost-edit-submit"
            case .editCancel: "cost-edit-cancel"
            case .reset: "cost-reset"
            case .toggleBreakdown: "cost-toggle-breakdown"
            case .undo: "cost-undo"
            case .redo: "cost-redo"
            case .editFinished: "cost-edit-finished"
            }
        }
    }

    public static let id = PaneID.cost
    static let group = "Cost pane"
    /// The scope of the open line editor: modal, printable keys are typed into it.
    static let editorScope = BindingScope.overlay("assumption-editor")

    @Sendable static func zoomDisabled(_ state: AppState) -> String? {
        if case .failure? = state.project.cost { return "the cost model cannot run (see the pane)" }
        return state.fullScreenPane == .cost ? nil : "zoom the Cost pane first (z)"
    }

    public static var bindings: [AppBinding] {
        func bind(_ keys: [Key], _ action: Action, _ help: String,
                  disabled: @escaping @Sendable (AppState) -> String? = { _ in nil }) -> AppBinding {
            AppBinding(keys, .cost(action), scope: id.scope, group: group, help: help, disabledReason: disabled)
        }
        return [
            bind([.character("j"), .down], .move(1), "next assumption"),
            bind([.character("k"), .up], .move(-1), "previous assumption"),
            bind([.pageDown, .control("d")], .page(1), "a screenful of assumptions down"),
            bind([.pageUp, .control("u")], .page(-1), "a screenful of assumptions up"),
            bind([.character("g"), .home], .top, "first assumption"),
            bind([.character("G"), .end], .bottom, "last assumption"),
            bind([.enter, .character("e")], .edit,
                 "edit the assumption in place: VALUE or LOW:VALUE:HIGH (on the home screen Enter zooms)",
                 disabled: { if case .failure? = $0.project.cost { "the cost model cannot run (see the pane)" } else { nil } }),
            bind([.character("r")], .reset, "reset the assumption to its default", disabled: zoomDisabled),
            bind([.character("v")], .toggleBreakdown, "narrow screens: show the breakdown of every path instead of the form and back",
                 disabled: { zoomDisabled($0) ?? ($0.size.width - 4 >= CostWorkbenchView.sideBySideWidth
                     ? "the form and the breakdown are side by side" : nil) }),
            bind([.character("u")], .undo, "undo the last assumption change (survives restarts)", disabled: zoomDisabled),
            bind([.control("r")], .redo, "redo the assumption change undone last", disabled: zoomDisabled),
        ] + editorBindings
    }

    /// The line editor's keys; printable keys are typed into it.
    static var editorBindings: [AppBinding] {
        func bind(_ keys: [Key], _ action: Action, _ help: String) -> AppBinding {
            AppBinding(keys, .cost(action), scope: editorScope, group: "Assumption editor", help: help)
        }
        return [
            bind([.enter], .editSubmit, "recompute and store the value (refused with the reason if impossible)"),
            bind([.escape], .editCancel, "cancel the edit"),
        ] + TextInputBindings.rows(scope: editorScope, group: "Assumption editor", completes: false) { .cost(.editInput($0)) }
    }

    /// The footer hints while the pane fills the screen.
    static let hints: [(TuneBenchApp.Action, String)] = [
        (.cost(.edit), "edit"), (.cost(.reset), "default"), (.cost(.undo), "undo"), (.cost(.redo), "redo"),
    ]
    static let editorHints: [(TuneBenchApp.Action, String)] = [(.cost(.editSubmit), "store"), (.cost(.editCancel), "cancel")]

    /// The line editor, while open, is the pane's overlay: drawn in place, typed into.
    public static func overlay(_ state: State) -> PaneOverlay? {
        guard state.editor != nil else { return nil }
        return PaneOverlay(scope: editorScope, placement: .inPane, typing: { .cost(.editInput(.insert($0))) }, hints: editorHints)
    }

    public static func closeOverlay(_ state: inout State) { state.editor = nil }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .listAction(for: command) }

    /// Moving and typing; edits that change the project's cost go through ``CostEditFlow`` at the app level.
    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let last = CostForm.fields.count - 1
        switch action {
        case .move(let delta): state.selected = min(max(0, state.selected + delta), last)
        case .page(let delta): state.selected = min(max(0, state.selected + delta * max(1, context.height - 6)), last)
        case .top: state.selected = 0
        case .bottom: state.selected = last
        // Backspace on an empty value keeps the editor open: Esc cancels.
        case .editInput(let input): state.editor?.line.apply(input)
        case .editCancel: state.editor = nil
        case .toggleBreakdown: state.showsBreakdown.toggle()
        case .edit, .editSubmit, .reset, .undo, .redo, .editFinished: break  // CostEditFlow
        }
        return []
    }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        switch (mode, context.project.cost) {
        case (.fullScreen, .success(let overview)?):
            CostWorkbenchView(overview: overview, state: state).render(in: area, into: &grid)
        default:
            CostView(project: context.project).render(in: area, into: &grid)
        }
    }
}
