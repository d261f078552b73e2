import TuneBenchStore

/// A window of a long list read around an anchor, with whether more rows lie before and after it
/// (``ExamplePage``, ``EvalCasePage``).
public protocol ListPage: Equatable, Sendable {
    associatedtype Row
    associatedtype RowID: Hashable & Sendable
    var rows: [Row] { get }
    var hasBefore: Bool { get }
    var hasAfter: Bool { get }
    /// The row the read was anchored on, if it is in the window.
    var anchorID: RowID? { get }
    static func id(of row: Row) -> RowID
}

/// What a pane keeps of a list too long to hold (a million examples, a run's cases): the window of rows on hand,
/// the selected row's identity and the selection's screen row, kept while moving so the list scrolls like a pager.
/// The moves are shared; each pane says what to read when the selection changes or nears the window's edge.
public protocol WindowedList {
    associatedtype Page: ListPage
    var page: Page { get set }
    var selected: Page.RowID? { get set }
    var cursorRow: Int { get set }
}

extension WindowedList {
    /// Index of the selection in the window.
    public var selectedIndex: Int? {
        guard let selected else { return nil }
        return page.rows.firstIndex { Page.id(of: $0) == selected }
    }

    /// The row `delta` rows from the selection (clamped to the window), moving the cursor row with it on a
    /// list `height` rows high; nil with nothing selected.
    public mutating func moveTarget(by delta: Int, height: Int) -> Int? {
        guard let index = selectedIndex, !page.rows.isEmpty else { return nil }
        let target = min(max(0, index + delta), page.rows.count - 1)
        cursorRow = min(max(0, cursorRow + target - index), max(0, height - 1))
        return target
    }

    /// Selects the row at `index`; true when the window should be read again around it (it nears an edge that
    /// has more beyond).
    public mutating func choose(index: Int, height: Int) -> Bool {
        selected = Page.id(of: page.rows[index])
        cursorRow = min(cursorRow, index)
        return ListWindow(height: height).needsRead(index: index, count: page.rows.count,
                                                    hasBefore: page.hasBefore, hasAfter: page.hasAfter)
    }

    /// Moves the cursor row to where `id` sits relative to the selection, if it is in the window; returns its index.
    public mutating func cursorToward(_ id: Page.RowID, height: Int) -> Int? {
        guard let index = page.rows.firstIndex(where: { Page.id(of: $0) == id }) else { return nil }
        let current = selectedIndex ?? index
        cursorRow = min(max(0, cursorRow + index - current), max(0, height - 1))
        return index
    }

    /// Takes a window that was read: the selection stays if it is in it, else the anchor (or the first row).
    public mutating func adopt(_ newPage: Page, height: Int) {
        page = newPage
        if selectedIndex == nil { selected = newPage.anchorID ?? newPage.rows.first.map(Page.id) }
        cursorRow = min(cursorRow, selectedIndex ?? 0, max(0, height - 1))
    }

    /// Forgets the selection before reading the list from its first (`toEnd` false) or last row.
    public mutating func leaveForEdge(toEnd: Bool, height: Int) {
        cursorRow = toEnd ? height - 1 : 0
        selected = nil
    }

    /// The index of the first row shown in a list `height` rows high.
    public func firstShown(height: Int) -> Int {
        let index = selectedIndex ?? 0
        return max(0, min(index - min(cursorRow, height - 1), page.rows.count - height))
    }
}

extension ExamplePage: ListPage {
    public var anchorID: Int64? { anchorRowID }
    public static func id(of row: ExampleRow) -> Int64 { row.rowID }
}

extension EvalCasePage: ListPage {
    public var anchorID: Int? { anchorOrdinal }
    public static func id(of row: EvalCaseRow) -> Int { row.ordinal }
}

extension DatasetPaneState: WindowedList {}
extension EvalsPaneState: WindowedList {}
