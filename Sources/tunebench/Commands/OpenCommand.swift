import ArgumentParser
import TerminalCurses
import TuneBenchStore

/// `tunebench open PATH` (or just `tunebench PATH`): the full-screen workbench.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a project in the terminal UI (the default command).",
        discussion: "Keys: `tunebench keys`. Themes: default, light, high-contrast, mono, or NAME.toml in "
            + "$XDG_CONFIG_HOME/tunebench/themes/; NO_COLOR forces mono.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(help: "Colour theme (else $TUNEBENCH_THEME, else the project's `theme` setting, else default).")
    var theme: String?

    init() {}

    /// Opens `path` directly, for commands that end in the TUI (`demo`).
    init(path: String) {
        self.path = path
        self.theme = nil
    }

    func run() throws {
        // A bad path first, then no terminal: both refused before the project is opened read-write (which
        // writes the WAL's header).
        try openProject(path, readOnly: true).close()
        do { try CursesTerminal.requireTerminal() } catch let error as CursesError { throw CLIError.inputError(error.description) }
        try runTerminalUI(store: try openProject(path), themeFlag: theme)
    }
}
