import TerminalUI

/// Where everything goes on a screen of a given size: header, body, status bar, and each visible pane.
///
/// Home is 2×2 when there is room (at least ``wideWidth`` columns and ``wideBodyHeight`` body rows), else
/// the panes are stacked; when even stacking leaves too little height, the focused pane keeps the room and
/// the others shrink to their title line, as lazygit does. Below ``minimum`` the screen only says how much
/// room it needs.
public struct ScreenLayout: Equatable {
    public static let minimum = Size(width: 40, height: 10)
    public static let wideWidth = 80
    public static let wideBodyHeight = 12
    /// The smallest height of a stacked pane that still shows content (border + 2 lines).
    static let stackedPaneHeight = 4

    public let size: Size
    public let header: Rect
    public let body: Rect
    public let statusBar: Rect
    /// The rectangle of every visible pane (a 1-row rectangle for a pane shrunk to its title).
    public let paneFrames: [PaneID: Rect]

    public init(state: AppState) {
        size = state.size
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let rows = Layout.vertical([.length(1), .fill(1), .length(1)], in: screen)
        header = rows[0]
        body = rows[1]
        statusBar = rows[2]
        if ScreenLayout.isTooSmall(size) {
            paneFrames = [:]
        } else if let pane = state.fullScreenPane {
            paneFrames = [pane: body]
        } else {
            paneFrames = ScreenLayout.homeFrames(body: body, focus: state.focus)
        }
    }

    /// The screen is below the minimum size.
    public var isTooSmall: Bool { ScreenLayout.isTooSmall(size) }

    static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    /// Where overlays (help) may draw: everything but the header and status bar.
    public var overlayArea: Rect { body }

    static func homeFrames(body: Rect, focus: PaneID) -> [PaneID: Rect] {
        let panes = PaneID.home
        if body.width >= wideWidth && body.height >= wideBodyHeight {
            let rows = Layout.vertical([.fill(1), .fill(1)], in: body)
            let top = Layout.horizontal([.fill(1), .fill(1)], in: rows[0])
            let bottom = Layout.horizontal([.fill(1), .fill(1)], in: rows[1])
            return [panes[0]: top[0], panes[1]: top[1], panes[2]: bottom[0], panes[3]: bottom[1]]
        }
        let constraints: [Constraint]
        if body.height >= stackedPaneHeight * panes.count {
            constraints = panes.map { _ in .fill(1) }
        } else {
            constraints = panes.map { $0 == focus ? .fill(1) : .length(1) }
        }
        let rects = Layout.vertical(constraints, in: body)
        return Dictionary(uniqueKeysWithValues: zip(panes, rects))
    }
}
