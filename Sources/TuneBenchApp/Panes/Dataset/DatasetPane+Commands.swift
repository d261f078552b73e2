import TuneBenchCore
import TuneBenchStore

/// The pane's commands: submitted prompts, the editor, bulk actions, saved filters, the target, import,
/// validate and export.
extension DatasetPane {
    /// Prompts submitted, the external editor, bulk actions, filters, the target and the file jobs.
    static func updateCommands(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let height = listHeight(context)
        switch action {
        case .submitted(let purpose, let text):
            return submitted(&state, purpose, text, height: height)
        case .openPrompt, .promptInput, .promptSubmit, .answer:
            return []  // the app handles the prompt and question overlays (DatasetPromptFlow)
        case .edit:
            return DatasetEditFlow.start(state)
        case .editorClosed(let edit, let outcome):
            return DatasetEditFlow.editorClosed(edit, outcome)
        case .editStored(let edit, let outcome):
            return DatasetEditFlow.editStored(&state, edit, outcome, height: height)
        case .reopenEditor(let edit):
            return [DatasetEditFlow.openEditor(edit)]
        case .discardEdit, .openBulkMenu:
            return []
        case .bulk(let action):
            return [DatasetBulkFlow.count(action, filter: state.filter)]
        case .bulkCounted, .imported, .problemsScroll, .showProblems:
            return []  // the app opens the overlays (DatasetPromptFlow)
        case .filterCommand(let words):
            return DatasetSavedFilters.run(words, current: state.filter)
        case .target(let words):
            return DatasetTarget.run(words, current: state.target)
        case .targetLoaded(let target):
            state.target = target
            return []
        case .importFile(let job):
            return job.map { [DatasetFileCommands.importJob($0)] } ?? []
        case .validate(let job):
            return [DatasetFileCommands.validateJob(job)]
        case .validated:
            return reread(&state, height: height)
        case .exportFile(let job):
            guard let job else { return [] }
            guard state.filter.category == nil else { return [] }
            return [DatasetFileCommands.exportJob(job, filter: state.filter)]
        case .bulkConfirmed(let action, let filter):
            return [DatasetBulkFlow.apply(action, filter: filter, sequence: state.takeSequence())]
        default:
            return []
        }
    }
}
