import Foundation
import Testing
import TuneBenchTestSupport

/// The README's run command: `tunebench demo` opens the example project with the four panes together.
@Suite struct TUIDemoTests {
    @Test func demoOpensTheExampleProjectOnTheHomeScreen() async throws {
        let config = try TemporaryDirectory()
        try await TmuxSession.with(command: [CLI.binaryPath, "demo"], width: 120, height: 36,
                                   environment: ["XDG_CONFIG_HOME": config.url.path],
                                   workingDirectory: CLI.repositoryRoot.path) { tmux in
            // The first run may build the example project before the UI starts.
            let screen = try await tmux.waitUntil("the demo's home screen", timeout: .seconds(120)) { screen in
                ["1 Decision", "2 Dataset", "3 Evals", "4 Cost"].allSatisfy { screen.joined().contains($0) }
                    && screen.last?.contains("q quit") == true
            }
            #expect(screen[0].contains("graphql-assistant"))
            try await tmux.send("q")
            try await tmux.waitFor("[exit 0]")
        }
    }
}
