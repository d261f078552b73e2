import TerminalUI
import TuneBenchCore

/// The Cost pane's actions that change the project's cost, handled at the app level because the estimate lives
/// in the shared snapshot (``ProjectSnapshot/cost``): an accepted edit replaces it on the same frame, so every
/// pane shows the new figures at once, and a write to the project file follows.
///
/// Undo and redo are the edit log's (the project file's), so they work the same after a restart; their result
/// comes back with the store's round trip. After the last pending write, the project is re-read (dated
/// provenance, the decision's reasons, an undone value).
enum CostEditFlow {
    /// Applies an action of the Cost pane that changes the project's cost; nil for the pane's other actions.
    static func update(_ state: inout AppState, _ action: CostPane.Action) -> [Effect]? {
        switch action {
        case .edit:
            guard state.fullScreenPane == .cost else {
                // From the home screen (or `:cost-edit` anywhere): the form is in the zoomed pane.
                let effects = TuneBenchApp.update(&state, .focus(.cost))
                state.isZoomed = true
                return effects
            }
            guard case .success(let overview)? = state.project.cost else { return [] }
            let name = state.cost.selectedName
            state.cost.editor = AssumptionEditor(name: name, text: overview.assumptions.value(name).assignmentText)
            return []
        case .editSubmit:
            return submit(&state)
        case .reset:
            guard case .success(let overview)? = state.project.cost else { return [] }
            let name = state.cost.selectedName
            guard overview.storedValue(name) != nil else {
                state.message = StatusMessage("\(name.rawValue) already has its default value")
                return []
            }
            return change(&state, name, to: nil, in: overview)
        case .undo, .redo:
            state.cost.pendingWrites += 1
            return [.edit(EditEffect(action == .undo ? .undo(.cost) : .redo(.cost), from: CostPane.id))]
        case .editFinished(let result):
            state.cost.pendingWrites = max(0, state.cost.pendingWrites - 1)
            state.message = message(for: result, overview: state.project.cost)
            if let outcome = result.change, outcome.action != .apply, case .assumption(let change) = outcome.edit {
                state.cost.selected = CostForm.fields.firstIndex(of: change.name) ?? state.cost.selected
            }
            return state.cost.pendingWrites == 0 ? [.task(.loadProject)] : []
        default:
            return nil
        }
    }

    /// Enter in the line editor: recompute with the typed value, or keep the field open with the reason.
    private static func submit(_ state: inout AppState) -> [Effect] {
        guard var editor = state.cost.editor, case .success(let overview)? = state.project.cost else { return [] }
        let name = editor.name
        let edited: CostOverview
        do {
            edited = try overview.applying(try AssumptionEdit(parsing: "\(name.rawValue)=\(editor.line.text)"))
        } catch let error as CostInputError {
            editor.problem = error.description
            state.cost.editor = editor
            return []
        } catch {
            editor.problem = "\(error)"
            state.cost.editor = editor
            return []
        }
        state.cost.editor = nil
        let after = edited.assumptions.value(name)
        guard overview.storedValue(name) != after else {
            state.message = StatusMessage("\(name.rawValue) unchanged")
            return []
        }
        return change(&state, name, to: after, in: overview)
    }

    /// Shows the new value at once (recomputed) and asks the store for it (nil: back to the default). Empty when
    /// the value is impossible now (a chosen model's price was removed elsewhere): the status bar says why.
    private static func change(_ state: inout AppState, _ name: CostAssumptionName, to value: AssumptionValue?,
                               in overview: CostOverview) -> [Effect] {
        do {
            state.project.cost = .success(try overview.setting(name, to: value))
        } catch {
            state.message = StatusMessage("\(name.rawValue): \(error)", kind: .error)
            return []
        }
        state.cost.pendingWrites += 1
        return [.edit(EditEffect(.costAssumptions([name: value]), from: CostPane.id))]
    }

    /// What the status bar says about a stored (or refused) change: the value now shown, or the change undone.
    private static func message(for result: EditResult, overview: Result<CostOverview, CostInputError>?) -> StatusMessage {
        guard case .costAssumptions(let values) = result.request, let (name, value) = values.first else {
            return result.message(nothing: "nothing changed")
        }
        switch result.outcome {
        case .failure(let failure): return StatusMessage("could not store \(name.rawValue): \(failure.message)", kind: .error)
        case .success(nil): return StatusMessage("\(name.rawValue) unchanged")
        case .success(_?):
            guard case .success(let shown)? = overview else { return result.message(nothing: "") }
            let unit = name.isModel ? "" : " \(name.spec.unit)"
            let what = "\(name.rawValue) = \(shown.assumptions.value(name).displayText)\(unit)\(value == nil ? " (default)" : "")"
            return StatusMessage("\(value == nil ? "reset" : "stored"): \(what) · u undoes")
        }
    }
}
