import TuneBenchCore
import TuneBenchStore

/// `n`/`N` through the matches of a search, ranked when the search index is ready.
extension DatasetPane {
    /// Next and previous match, the ranking of matches and the search index's state.
    static func updateSearch(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        let height = listHeight(context)
        switch action {
        case .nextMatch(let forward):
            guard let search = state.search else { return [] }
            if let ranked = state.ranked, !ranked.rowIDs.isEmpty {
                state.rankedPosition = (state.rankedPosition + (forward ? 1 : -1) + ranked.rowIDs.count) % ranked.rowIDs.count
                state.detailFollowsMatch = true
                return jump(&state, to: ranked.rowIDs[state.rankedPosition], height: height)
            }
            return [findMatch(search, after: state.selected, forward: forward, state: state)]
        case .rankMatches:
            guard let search = state.search else { return [] }
            let filter = state.filter
            return [.task(AppTask(title: "ranking matches", kind: .read) { environment, progress in
                .dataset(.matchesRanked(try environment.store.rankedMatches(of: search, filter: filter,
                                                                            progress: progress.report), search: search))
            })]
        case .searchIndexChecked(let status):
            state.searchIndex = status
            state.isIndexing = false
            return []
        case .matchesRanked(let ranked, let search):
            guard search == state.search, let first = ranked.rowIDs.first else { return [] }
            state.ranked = ranked
            state.rankedPosition = 0
            state.detailFollowsMatch = true
            return jump(&state, to: first, height: height)
        default:
            return []
        }
    }
}
