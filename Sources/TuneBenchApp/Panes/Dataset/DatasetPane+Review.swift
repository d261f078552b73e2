import TuneBenchCore
import TuneBenchStore

/// Review decisions, their undo and redo, and what the store answered.
extension DatasetPane {
    /// A decision (shown at once as pending), undo, redo, and the stored result.
    static func updateReview(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let height = listHeight(context)
        switch action {
        case .review(let status):
            guard let index = state.selectedIndex else { return [] }
            let row = state.page.rows[index]
            let sequence = state.takeSequence()
            state.pending[row.rowID] = .init(status: status, sequence: sequence)
            var effects = [writeReview(row: row, status: status, sequence: sequence)]
            if status != .pending, index + 1 < state.page.rows.count { effects += move(&state, by: 1, height: height) }
            return effects
        case .undo:
            return [.edit(EditEffect(.undo(.dataset), from: id, tag: state.takeSequence()))]
        case .redo:
            return [.edit(EditEffect(.redo(.dataset), from: id, tag: state.takeSequence()))]
        case .editFinished(let edit):
            if let target = targetChange(edit) {
                state.target = target
                return []
            }
            if let order = DatasetNeedOrder.orderChange(edit) { return DatasetNeedOrder.apply(&state, order, height: height) }
            let result = reviewResult(edit, pending: state.pending)
            if let rowID = result.rowID, let pending = state.pending[rowID], pending.sequence <= result.sequence {
                state.pending[rowID] = nil
            }
            if let rowID = result.rowID, let status = result.status {
                if let row = state.page.rows.first(where: { $0.rowID == rowID }), row.status != status,
                   row.status == .accepted || status == .accepted {
                    state.statistics?.countAccepted(tokens: row.tokens, status == .accepted ? 1 : -1)
                }
                state.setStored(status, tags: result.tags, rowID: rowID)
                if result.message.kind == .info { state.lastDecision = result.message.text }
            }
            var effects: [Effect] = []
            if result.reread {
                if result.jump { state.selected = result.rowID ?? state.selected }
                return reread(&state, height: height)
            }
            if result.status != nil { effects.append(.task(.loadProject)) }
            if result.jump, let rowID = result.rowID { effects += jump(&state, to: rowID, height: height) }
            return effects
        default:
            return []
        }
    }
}
