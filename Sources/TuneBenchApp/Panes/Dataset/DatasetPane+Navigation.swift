import TuneBenchStore

/// Moving the selection through the window of rows the pane holds, and reading more rows or the detail when
/// it leaves them.
extension DatasetPane {
    /// Rows the list has: the pane's height less the header line when full screen.
    static func listHeight(_ context: PaneContext) -> Int {
        max(1, context.height - (context.isFullScreen ? 1 : 0))
    }

    /// Columns the detail has: all of the pane's when narrow, what the list leaves when side by side.
    static func detailWidth(_ context: PaneContext) -> Int {
        context.width >= DatasetBrowserView.splitWidth ? context.width - context.width * 45 / 100 - 3 : context.width
    }

    static func move(_ state: inout State, by delta: Int, height: Int) -> [Effect] {
        guard let target = state.moveTarget(by: delta, height: height) else { return [] }
        return select(&state, index: target, height: height)
    }

    /// Selects a row of the page, reads its detail, and reads a new page when the selection nears an edge.
    static func select(_ state: inout State, index: Int, height: Int) -> [Effect] {
        let row = state.page.rows[index]
        guard row.rowID != state.selected || state.detail?.row.rowID != row.rowID else { return [] }
        let nearsEdge = state.choose(index: index, height: height)
        return loadDetailIfNeeded(state) + (nearsEdge ? [requestPage(&state, anchor: .around(row.rowID), height: height)] : [])
    }

    /// Reads the page around the selection, its detail, the findings and the project summary again: the
    /// examples' text or many of their states changed.
    static func reread(_ state: inout State, height: Int) -> [Effect] {
        state.detail = nil
        DatasetNeedOrder.forgetQueue(&state)
        return [requestPage(&state, anchor: state.selected.map(PageAnchor.around) ?? .first, height: height),
                .task(.loadProject),
                .task(AppTask(title: "counting findings", kind: .read) { environment, _ in
                    .dataset(.statisticsLoaded(try environment.store.browserStatistics()))
                })]
    }

    static func jump(_ state: inout State, to rowID: Int64, height: Int) -> [Effect] {
        if let index = state.cursorToward(rowID, height: height) { return select(&state, index: index, height: height) }
        state.selected = rowID
        state.cursorRow = height / 3
        return [requestPage(&state, anchor: .around(rowID), height: height)]
    }

    static func requestPage(_ state: inout State, anchor: PageAnchor, height: Int) -> Effect {
        state.pageRequest += 1
        let request = state.pageRequest, filter = state.filter, window = ListWindow(height: height)
        if state.order == .need {
            guard let queue = state.queue, state.queueFilter == filter else {
                return DatasetNeedOrder.queueTask(filter: filter, anchor: anchor)
            }
            return .task(AppTask(title: "reading examples", kind: .read) { environment, _ in
                .dataset(.pageLoaded(try environment.store.examplePage(in: queue, anchor: anchor, before: window.before,
                                                                       after: window.after), request: request))
            })
        }
        return .task(AppTask(title: "reading examples", kind: .read) { environment, _ in
            .dataset(.pageLoaded(try environment.store.examplePage(anchor: anchor, filter: filter, before: window.before,
                                                                   after: window.after), request: request))
        })
    }

    static func loadDetailIfNeeded(_ state: State) -> [Effect] {
        guard let rowID = state.selected, state.detail?.row.rowID != rowID else { return [] }
        return [.task(AppTask(title: "reading example", kind: .read) { environment, _ in
            .dataset(.detailLoaded(try environment.store.exampleDetail(rowID: rowID)))
        })]
    }
}
