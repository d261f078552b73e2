import TuneBenchCore

/// The whole state of the TUI, one value. (Built out by the TUI shell.)
public struct AppState: Sendable {
    public var projectName: String
    public init(projectName: String) { self.projectName = projectName }
}
