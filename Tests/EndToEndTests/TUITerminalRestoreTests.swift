import Foundation
import Testing
import TuneBenchTestSupport

/// Every way out of the TUI gives the terminal back: the shell in the pane works and the tty is in
/// canonical mode with echo again.
@Suite struct TUITerminalRestoreTests {
    /// Checks the pane is a usable shell again: a command's output appears and the tty modes are restored.
    func expectUsableShell(_ tmux: TmuxSession) async throws {
        try await tmux.type("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | sort | tr '\\n' ' '; echo; echo done-$((40+2))")
        try await tmux.send("Enter")
        let screen = try await tmux.waitFor("done-42")
        let modes = try #require(screen.first { $0.hasPrefix("echo icanon") || $0.contains("icanon") && !$0.contains("stty") })
        #expect(modes.trimmingCharacters(in: .whitespaces) == "echo icanon")
    }

    @Test func qQuitsAndLeavesTheShellUsable() async throws {
        try await TUIFixture().run { tmux in
            try await tmux.send("q")
            try await tmux.waitFor("[exit 0]")
            try await expectUsableShell(tmux)
        }
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() async throws {
        try await TUIFixture().run { tmux in
            try await tmux.send("2")
            try await tmux.waitFor("[2 Dataset]")
            try await tmux.send("C-c")
            // The app dies of SIGINT after restoring the terminal, so the shell abandons the rest of the
            // command line (the `echo [exit …]`) as it does for any interrupted program, and prompts again.
            try await tmux.waitUntil("the shell prompt") { screen in
                !screen.joined().contains("Dataset") && screen.contains { $0 == "$" }
            }
            try await tmux.type("echo status-$?")
            try await tmux.send("Enter")
            try await tmux.waitFor("status-130")
            try await expectUsableShell(tmux)
        }
    }

    /// Stop signals end the loop cleanly; crash signals (SIGSEGV, SIGABRT) restore the terminal from the
    /// handler and die of the signal.
    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGSEGV, 139), (SIGABRT, 134)])
    func signalsRestoreTheTerminal(signal: Int32, status: Int) async throws {
        try await TUIFixture().run { tmux in
            let shell = try await tmux.panePID()
            let app = try #require(childProcesses(of: shell).first)
            #expect(kill(app, signal) == 0)
            try await tmux.waitFor("[exit \(status)]")
            try await expectUsableShell(tmux)
        }
    }
}
