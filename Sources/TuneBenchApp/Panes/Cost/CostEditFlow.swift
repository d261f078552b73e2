import TerminalUI
import TuneBenchCore

/// The Cost pane's actions that change the project's cost, handled at the app level because the estimate lives
/// in the shared snapshot (``ProjectSnapshot/cost``): an accepted edit replaces it on the same frame, so every
/// pane shows the new figures at once, and a write to the project file follows.
///
/// Undo and redo are this session's steps (in memory), but each is persisted: undo writes the value before the
/// edit back (or removes the stored value when there was none), so the file matches the screen once the write
/// returns. After the last pending write, the project is re-read (dated provenance, the decision's reasons).
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
            guard let before = overview.storedValue(name) else {
                state.message = StatusMessage("\(name.rawValue) already has its default value")
                return []
            }
            return change(&state, AssumptionStep(name: name, before: before, after: nil), in: overview, verb: "reset")
        case .undo, .redo:
            let undo = action == .undo
            guard case .success(let overview)? = state.project.cost,
                  let step = undo ? state.cost.undoStack.last : state.cost.redoStack.last else { return [] }
            let applied = undo ? AssumptionStep(name: step.name, before: step.after, after: step.before) : step
            let effects = change(&state, applied, in: overview, verb: undo ? "undone" : "redone", record: false)
            guard !effects.isEmpty else { return [] }
            if undo {
                state.cost.undoStack.removeLast()
                state.cost.redoStack.append(step)
            } else {
                state.cost.redoStack.removeLast()
                state.cost.undoStack.append(step)
            }
            state.cost.selected = CostForm.fields.firstIndex(of: step.name) ?? state.cost.selected
            return effects
        case .stored(let message):
            state.cost.pendingWrites = max(0, state.cost.pendingWrites - 1)
            state.message = message
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
        let before = overview.storedValue(name)
        let after = edited.assumptions.value(name)
        guard before != after else {
            state.message = StatusMessage("\(name.rawValue) unchanged")
            return []
        }
        return change(&state, AssumptionStep(name: name, before: before, after: after), in: overview, verb: "stored")
    }

    /// Shows `step.after` at once (recomputed) and writes it. Empty when the value is impossible now (a chosen
    /// model's price was removed elsewhere): the status bar says why.
    private static func change(_ state: inout AppState, _ step: AssumptionStep, in overview: CostOverview, verb: String,
                               record: Bool = true) -> [Effect] {
        let changed: CostOverview
        do {
            changed = try overview.setting(step.name, to: step.after)
        } catch {
            state.message = StatusMessage("\(step.name.rawValue): \(error)", kind: .error)
            return []
        }
        state.project.cost = .success(changed)
        if record {
            state.cost.undoStack.append(step)
            state.cost.redoStack.removeAll()
        }
        state.cost.pendingWrites += 1
        return [write(step.name, step.after, shown: changed.assumptions.value(step.name), verb: verb)]
    }

    /// Stores `value` (nil: removes the stored value) on the serial queue, and reports back in words.
    private static func write(_ name: CostAssumptionName, _ value: AssumptionValue?, shown: AssumptionValue,
                              verb: String) -> Effect {
        let unit = name.isModel ? "" : " \(name.spec.unit)"
        let what = "\(name.rawValue) = \(shown.displayText)\(unit)\(value == nil ? " (default)" : "")"
        return .task(AppTask(title: "saving \(name.rawValue)", kind: .ordered) { environment, _ in
            do {
                if let value {
                    try environment.store.assume(["\(name.rawValue)=\(value.storedText)"])
                } else {
                    try environment.store.resetCostAssumptions([name])
                }
                return .cost(.stored(StatusMessage("\(verb): \(what) · \(verb == "undone" ? "Ctrl-R redoes" : "u undoes")")))
            } catch {
                return .cost(.stored(StatusMessage("could not store \(name.rawValue): \(error)", kind: .error)))
            }
        })
    }
}
