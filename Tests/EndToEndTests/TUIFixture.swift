import Foundation
import Testing
import TuneBenchTestSupport

/// A fresh project and the command that opens it in the TUI, for the tmux tests.
struct TUIFixture {
    let directory: TemporaryDirectory
    let path: String

    init(name: String = "graphql-assistant") throws {
        directory = try TemporaryDirectory()
        path = directory.path("project.tunebench")
        let created = try CLI.run(["new", path, "--name", name, "--problem", "output format (valid GraphQL)",
                                   "--target-metric", "valid queries, goal 98%"])
        #expect(created.status == 0, "\(created.stderr)")
    }

    /// `tunebench PATH` with a private, empty theme folder so the user's themes cannot interfere.
    var command: [String] { [CLI.binaryPath, path] }
    var environment: [String: String] { ["XDG_CONFIG_HOME": directory.path("config")] }

    /// Starts the TUI at a size, waits for the home screen, runs `body`, and kills tmux.
    func run(width: Int = 100, height: Int = 30, _ body: (TmuxSession) async throws -> Void) async throws {
        try await TmuxSession.with(command: command, width: width, height: height, environment: environment) { tmux in
            // The status bar is drawn last, so once its hints show the whole first frame is there.
            try await tmux.waitUntil("the home screen") { screen in
                screen.joined().contains("1 Decision") && screen.joined().contains("4 Cost")
                    && screen.last?.contains("q quit") == true
            }
            try await body(tmux)
        }
    }
}
