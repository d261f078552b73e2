import TuneBenchCore
import TuneBenchStore

/// The Dataset pane's order: the file's, or the need queue (``NeedOrder``: errors, duplicate groups, token
/// outliers, grader failures, flagged, then the rest), each leading row showing its reason. `o` cycles the two
/// and `:order need|dataset` names one; the choice is the project's setting ``ReviewOrder/settingKey``, changed
/// as an edit of the pane's scope, so `u` puts the earlier order back. `]`/`[` follow the order shown.
enum DatasetNeedOrder {
    static let usage = "usage: :order need | :order dataset"

    /// Reads the project's order (when the pane loads).
    static func load() -> Effect {
        .task(AppTask(title: "reading the review order", kind: .read) { environment, _ in
            .dataset(.orderLoaded(try environment.store.setting(ReviewOrder.settingKey).flatMap(ReviewOrder.init) ?? .dataset))
        })
    }

    static func update(_ state: inout DatasetPaneState, _ action: DatasetPane.Action, height: Int) -> [Effect] {
        switch action {
        case .cycleOrder:
            return [change(to: state.order.next)]
        case .order(let words):
            guard let word = words.first else {
                let text = "order: \(state.order.label) (:order need | :order dataset; o cycles)"
                return [.task(AppTask(title: "order", kind: .read) { _, _ in .showMessage(StatusMessage(text)) })]
            }
            guard words.count == 1, let order = ReviewOrder(rawValue: word) else {
                return [.task(AppTask(title: "order", kind: .read) { _, _ in .showMessage(StatusMessage(usage, kind: .warning)) })]
            }
            return [change(to: order)]
        case .orderLoaded(let order):
            return apply(&state, order, height: height)
        case .queueLoaded(let queue, let filter, let anchor):
            guard state.order == .need, filter == state.filter else { return [] }
            state.queue = queue
            state.queueFilter = filter
            var reasons: [Int64: NeedReason] = [:]
            for (index, reason) in queue.reasons.enumerated() { reasons[queue.rowIDs[index]] = reason }
            state.reasons = reasons
            return [DatasetPane.requestPage(&state, anchor: anchor, height: height)]
        default:
            return []
        }
    }

    /// Shows the list in `order`, from its first example (the order's point is what comes first).
    static func apply(_ state: inout DatasetPaneState, _ order: ReviewOrder, height: Int) -> [Effect] {
        guard order != state.order else { return [] }
        state.order = order
        forgetQueue(&state)
        state.leaveForEdge(toEnd: false, height: height)
        return [DatasetPane.requestPage(&state, anchor: .first, height: height)]
    }

    /// Drops the queue, so the next read computes it again (the examples' findings or states changed).
    static func forgetQueue(_ state: inout DatasetPaneState) {
        state.queue = nil
        state.queueFilter = nil
        state.reasons = [:]
    }

    /// The order as a logged setting change (the project's default, dataset order, stores no value).
    static func change(to order: ReviewOrder) -> Effect {
        .edit(EditEffect(.setting(key: ReviewOrder.settingKey, value: order == .dataset ? nil : order.rawValue, scope: .dataset),
                         from: .dataset))
    }

    /// Computes the need queue for `filter`, then reads the page around `anchor`.
    static func queueTask(filter: ExampleFilter, anchor: PageAnchor) -> Effect {
        .task(AppTask(title: "ordering by need", kind: .read) { environment, _ in
            .dataset(.queueLoaded(try environment.store.needQueue(filter: filter), filter, anchor: anchor))
        })
    }

    /// The order a stored change (`o`, `:order`, or their undo) leaves, if that is what it changed.
    static func orderChange(_ edit: EditResult) -> ReviewOrder? {
        guard case .setting(let setting)? = edit.change?.edit, setting.key == ReviewOrder.settingKey else { return nil }
        return setting.after.flatMap(ReviewOrder.init) ?? .dataset
    }

    /// What the status bar says about a changed order.
    static func message(_ edit: EditResult) -> StatusMessage? {
        guard let order = orderChange(edit), let outcome = edit.change else { return nil }
        let what = order == .need ? "need order: errors, duplicate groups, token outliers, grader failures, flagged, then the rest"
            : "dataset order"
        return switch outcome.action {
        case .apply: StatusMessage("\(what) (o cycles; u to undo)")
        case .undo: StatusMessage("undone: back to \(what) (Ctrl-R redo)")
        case .redo: StatusMessage("redone: \(what)")
        }
    }
}
