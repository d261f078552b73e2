/// Where a binding applies. Keys resolve overlay first, then the focused pane, then global.
public enum BindingScope: Hashable, Sendable, Comparable, CustomStringConvertible {
    case global
    /// A pane, by its name (`dataset`).
    case pane(String)
    /// An overlay (help, command line, a confirmation), by its name.
    case overlay(String)

    public var description: String {
        switch self {
        case .global: "global"
        case .pane(let name): "pane \(name)"
        case .overlay(let name): "overlay \(name)"
        }
    }
}
