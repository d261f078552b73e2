import TerminalUI

/// A modal layer of the app's own over the panes; while one is open, keys resolve in its scope only.
/// Layers a single pane opens (its prompts, questions, menus) belong to that pane: see ``PaneOverlay``.
public enum Overlay: Equatable, Sendable {
    /// The `?` screen, scrolled by a line offset.
    case help(offset: Int)
    /// The `:` line.
    case commandLine(CommandLineState)
    /// "Work is running: quit anyway?"
    case confirmQuit

    /// The binding scope of the overlay's keys.
    public var scope: BindingScope {
        switch self {
        case .help: .overlay("help")
        case .commandLine: .overlay("command-line")
        case .confirmQuit: .overlay("confirm-quit")
        }
    }
}
