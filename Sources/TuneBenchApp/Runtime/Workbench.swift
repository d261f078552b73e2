import Foundation
import TerminalUI
import TuneBenchStore

/// Everything the workbench needs before its first frame: the project snapshot, the theme (and any warning
/// about it), the runtime environment.
public struct Workbench: Sendable {
    public let environment: AppEnvironment
    public let snapshot: ProjectSnapshot
    public let themeChoice: ThemeChoice

    /// Reads the project and picks the theme (`--theme`, `TUNEBENCH_THEME`, the project's `theme` setting).
    /// - Parameter searchRoots: folders above which the shipped themes/ folder is looked for.
    public init(store: ProjectStore, themeFlag: String?, environment variables: [String: String],
                searchRoots: [URL]) throws {
        environment = AppEnvironment(store: store, editor: ExternalEditor(environment: variables))
        snapshot = try environment.loadSnapshot()
        themeChoice = ThemeChoice.choose(
            flag: themeFlag, environment: variables, projectSetting: try store.setting("theme"),
            catalog: ThemeCatalog.standard(environment: variables, searchRoots: searchRoots))
    }

    /// The first state for a terminal of `size`: Decision focused, any theme warning in the status bar.
    public func initialState(size: Size) -> AppState {
        AppState(project: snapshot, size: size, message: themeChoice.warning.map { StatusMessage($0, kind: .warning) })
    }

    /// Runs the app on a terminal until the user quits or `shouldStop` returns true.
    public func run(on terminal: any Terminal, until shouldStop: () -> Bool) {
        AppRuntime(state: initialState(size: terminal.size), terminal: terminal, environment: environment)
            .run(until: shouldStop)
    }
}
