import Foundation
import TuneBenchCore
import TuneBenchStore

/// One edit of an example in `$EDITOR`: which example, the text stored when the edit began (the store refuses
/// the edit if that changed meanwhile), and the text the editor opens with (the pretty-printed record, or the
/// invalid text of the last attempt when the editor is reopened).
public struct DatasetEdit: Equatable, Sendable {
    public var rowID: Int64
    public var exampleID: String
    public var dataset: String
    public var original: String
    public var text: String

    /// The temporary file's name: the example's short id, `.json` so editors highlight it.
    var fileName: String { "tunebench-\(DatasetPane.shortID(exampleID)).json" }
}

/// What the store said about an edited example.
public enum DatasetEditOutcome: Equatable, Sendable {
    /// Stored as a new version of the example (false: the record was unchanged).
    case stored(changed: Bool)
    /// Not a record of the dataset's format: nothing stored; the reviewer may reopen the editor.
    case invalid(String)
    /// Refused (changed elsewhere) or failed: nothing stored.
    case failed(String)
}

/// The `e` key: open the selected example in the editor with the screen released, then store the saved record
/// through the ordered queue, or ask whether to reopen the editor when it is not valid.
enum DatasetEditFlow {
    /// Why `e` cannot run now.
    @Sendable static func disabled(_ state: AppState) -> String? {
        if let reason = DatasetPane.reviewDisabled(state) { return reason }
        return state.dataset.detail?.row.rowID == state.dataset.selected ? nil : "the example is still loading"
    }

    /// The edit of the selected example, starting from its stored text.
    static func start(_ state: DatasetPaneState) -> [Effect] {
        guard let detail = state.detail, detail.row.rowID == state.selected else { return [] }
        let pretty = (try? JSONParser.parse(detail.original)).map(PrettyJSON.string) ?? detail.original
        let edit = DatasetEdit(rowID: detail.row.rowID, exampleID: detail.row.id, dataset: detail.row.dataset,
                               original: detail.original, text: pretty + "\n")
        return [openEditor(edit)]
    }

    /// Runs the editor with the terminal released.
    static func openEditor(_ edit: DatasetEdit) -> Effect {
        .external(ExternalTask(title: "editing #\(DatasetPane.shortID(edit.exampleID))") { environment in
            .dataset(.editorClosed(edit, environment.editor.edit(edit.text, fileName: edit.fileName)))
        })
    }

    static func editorClosed(_ edit: DatasetEdit, _ outcome: ExternalEditor.Outcome) -> [Effect] {
        guard case .saved(let text) = outcome, text != edit.text else { return [] }
        let attempt = DatasetEdit(rowID: edit.rowID, exampleID: edit.exampleID, dataset: edit.dataset,
                                  original: edit.original, text: text)
        return [.task(AppTask(title: "saving edit", kind: .ordered) { environment, _ in
            let outcome: DatasetEditOutcome
            do {
                let stored = try environment.store.editExample(exampleID: attempt.exampleID, dataset: attempt.dataset,
                                                               text: text, original: attempt.original)
                outcome = .stored(changed: stored != nil)
            } catch ExampleEditError.invalid(let error) {
                outcome = .invalid(error.description)
            } catch {
                outcome = .failed("\(error)")
            }
            return .dataset(.editStored(attempt, outcome))
        })]
    }

    static func editStored(_ state: inout DatasetPaneState, _ edit: DatasetEdit, _ outcome: DatasetEditOutcome,
                           height: Int) -> [Effect] {
        guard case .stored(changed: true) = outcome else { return [] }
        state.lastDecision = "edited #\(DatasetPane.shortID(edit.exampleID)) (u to undo)"
        return DatasetPane.reread(&state, height: height)
    }

    /// What the status bar says about an edit.
    static func message(_ action: DatasetPane.Action) -> StatusMessage? {
        let id: (DatasetEdit) -> String = { "#\(DatasetPane.shortID($0.exampleID))" }
        switch action {
        case .editorClosed(let edit, .failed(let reason)): return StatusMessage("\(id(edit)): \(reason)", kind: .warning)
        case .editorClosed(let edit, .saved(let text)) where text == edit.text:
            return StatusMessage("\(id(edit)) unchanged (nothing saved)")
        case .editStored(let edit, .stored(let changed)):
            return StatusMessage(changed ? "edited \(id(edit)) (u to undo)" : "\(id(edit)) unchanged (nothing saved)")
        case .editStored(let edit, .failed(let reason)): return StatusMessage("\(id(edit)) not saved: \(reason)", kind: .error)
        case .discardEdit(let edit): return StatusMessage("edit discarded; \(id(edit)) unchanged", kind: .warning)
        default: return nil
        }
    }

    /// The question an invalid edit raises (the overlay also shows why).
    static func question(_ edit: DatasetEdit, reason: String) -> DatasetQuestion {
        DatasetQuestion(text: "#\(DatasetPane.shortID(edit.exampleID)) \(reason). Reopen the editor?",
                        yes: .reopenEditor(edit), no: .discardEdit(edit))
    }
}
