import Foundation
import Testing
import TuneBenchTestSupport

/// The real TUI given a theme file with a megabyte-long colour name full of escape sequences: it starts with the
/// default theme, says why in the status bar and on stderr in one short line, and quits normally.
@Suite struct HostileThemeTests {
    @Test func aMegabyteOfEscapesInAThemeGivesOneShortWarning() async throws {
        let fixture = try TUIFixture()
        let themes = fixture.directory.path("config") + "/tunebench/themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        let hostile = String(repeating: "\\u001b]52;c;aGk=\\u0007\\u001b[2J\\u202e", count: 40_000)
        try "[roles]\naccent = { color = \"\(hostile)\" }\n".write(toFile: themes + "/hostile.toml", atomically: true, encoding: .utf8)
        try await TmuxSession.with(command: fixture.command + ["--theme", "hostile"], width: 160, height: 30,
                                   environment: fixture.environment) { tmux in
            try await tmux.waitUntil("the home screen with the warning") { screen in
                screen.last?.contains("hostile.toml:2: role 'accent'") == true && screen.joined().contains("1 Decision")
            }
            try await tmux.send("q")
            let screen = try await tmux.waitFor("[exit 0]")
            let warning = screen.filter { $0.contains("tunebench: warning:") }
            #expect(warning.count == 1, "\(screen)")
            // The warning and the exit line follow each other: the warning took one or two rows, not thousands.
            let warningRow = try #require(screen.lastIndex { $0.contains("tunebench: warning:") })
            let exitRow = try #require(screen.lastIndex { $0.contains("[exit 0]") })
            #expect(exitRow - warningRow <= 3, "\(screen)")
        }
    }
}
