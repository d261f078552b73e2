import TuneBenchCore
import TuneBenchStore

/// Moving through the list, reading pages, the detail and the findings.
extension DatasetPane {
    /// The list and the detail: moves, pages read, the example read, the findings counted.
    static func updateBrowsing(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let height = listHeight(context)
        switch action {
        case .load:
            state.detail = nil  // re-read: another process may have changed the example
            return [requestPage(&state, anchor: state.selected.map(PageAnchor.around) ?? .first, height: height),
                    .task(AppTask(title: "counting findings", kind: .read) { environment, _ in
                        .dataset(.statisticsLoaded(try environment.store.browserStatistics()))
                    }), DatasetTarget.load(), DatasetNeedOrder.load()] + catchUpSearchIndex(&state)
        case .move(let delta):
            return move(&state, by: delta, height: height)
        case .page(let delta):
            return move(&state, by: delta * max(1, height - 1), height: height)
        case .top:
            if !state.page.hasBefore, !state.page.rows.isEmpty {
                state.cursorRow = 0
                return select(&state, index: 0, height: height)
            }
            state.leaveForEdge(toEnd: false, height: height)
            return [requestPage(&state, anchor: .first, height: height)]
        case .bottom:
            if !state.page.hasAfter, !state.page.rows.isEmpty {
                state.cursorRow = height - 1
                return select(&state, index: state.page.rows.count - 1, height: height)
            }
            state.leaveForEdge(toEnd: true, height: height)
            return [requestPage(&state, anchor: .last, height: height)]
        case .detailScroll(let lines):
            state.detailOffset = max(0, state.detailOffset + lines)
            return []
        case .toggleDetail:
            state.showsDetail.toggle()
            return []
        case .toggleSystemPrompt:
            state.showsFullSystemPrompt.toggle()
            state.detailOffset = 0
            return []
        case .nextUnreviewed(let forward):
            let after = state.selected, filter = state.filter, queue = state.order == .need ? state.queue : nil
            return [.task(AppTask(title: "finding unreviewed", kind: .ordered) { environment, _ in
                let store = environment.store
                let found = try queue.map { try store.nextUnreviewed(in: $0, after: after, forward: forward) }
                    ?? store.nextUnreviewed(after: after, forward: forward, filter: filter)
                return .dataset(.jumpFound(found, notFound: "no unreviewed example \(forward ? "after" : "before") this one"))
            })]
        case .pageLoaded(let page, let request):
            guard request == state.pageRequest else { return [] }
            state.adopt(page, height: height)
            return loadDetailIfNeeded(state)
        case .detailLoaded(let detail):
            guard detail.row.rowID == state.selected else { return [] }
            if state.detail?.row.rowID != detail.row.rowID { state.detailOffset = 0 }
            state.detail = detail
            if state.detailFollowsMatch, let search = state.search {
                // A search jump opens the detail at the first match.
                state.detailFollowsMatch = false
                state.detailOffset = ExampleDetailView.offset(ofFirst: search, in: detail, width: detailWidth(context),
                                                              height: height)
            }
            return []
        case .statisticsLoaded(let statistics):
            state.statistics = statistics
            return []
        case .jumpFound(let rowID, _, let showMatch):
            guard let rowID else { return [] }
            state.detailFollowsMatch = showMatch
            return jump(&state, to: rowID, height: height)

        default:
            return []
        }
    }
}
