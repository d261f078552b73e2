import ArgumentParser
import TuneBenchStore

/// `tunebench open PATH` (or just `tunebench PATH`): the full-screen workbench.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a project in the terminal UI (the default command).")

    @Argument(help: "The project file.")
    var path: String

    init() {}

    /// Opens `path` directly, for commands that end in the TUI (`demo`).
    init(path: String) { self.path = path }

    func run() throws {
        let store = try openProject(path)
        let metadata = try store.metadata()
        // The TUI shell replaces this with the full workbench.
        print(metadata.name)
    }
}
