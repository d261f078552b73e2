import TerminalUI

/// A scroll position over a pane's text, for panes that show text rather than a list.
public struct TextScroll: Equatable, Sendable {
    public var offset = 0
    public init() {}

    /// Applies a scroll command; the renderer clamps the offset to the text it has.
    public mutating func apply(_ command: ScrollCommand) {
        switch command {
        case .down: offset += 1
        case .up: offset = max(0, offset - 1)
        case .pageDown: offset += 10
        case .pageUp: offset = max(0, offset - 10)
        case .top: offset = 0
        case .bottom: offset = Int.max / 2
        }
    }
}

/// The usual movement keys of a scrollable pane.
public enum ScrollCommand: String, CaseIterable, Equatable, Sendable {
    case down = "scroll-down", up = "scroll-up", pageDown = "page-down", pageUp = "page-up", top = "scroll-top",
         bottom = "scroll-bottom"

    var keys: [Key] {
        switch self {
        case .down: [.character("j"), .down]
        case .up: [.character("k"), .up]
        case .pageDown: [.pageDown, .control("d")]
        case .pageUp: [.pageUp, .control("u")]
        case .top: [.character("g"), .home]
        case .bottom: [.character("G"), .end]
        }
    }

    var help: String {
        switch self {
        case .down: "scroll down"
        case .up: "scroll up"
        case .pageDown: "scroll a page down"
        case .pageUp: "scroll a page up"
        case .top: "scroll to the top"
        case .bottom: "scroll to the bottom"
        }
    }

    /// One binding per command in a pane's scope, with the pane's wrapping of the action.
    static func bindings(for pane: PaneID, _ wrap: (ScrollCommand) -> Action) -> [AppBinding] {
        allCases.map { AppBinding($0.keys, wrap($0), scope: pane.scope, group: "\(pane.title) pane", help: $0.help) }
    }
}
