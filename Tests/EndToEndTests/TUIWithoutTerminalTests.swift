import Foundation
import Testing
import TuneBenchTestSupport

/// Opening the TUI where there is no terminal fails with a clear message instead of garbling a pipe.
@Suite struct TUIWithoutTerminalTests {
    @Test func openWithPipesIsAnInputError() throws {
        let fixture = try TUIFixture()
        let result = try CLI.run(["open", fixture.path])
        #expect(result.status == 2)
        #expect(result.stderr == "tunebench: the terminal UI needs a terminal (standard input and output are not one)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func missingProjectIsRefusedBeforeTheScreenIsTouched() throws {
        let result = try CLI.run(["/nonexistent/p.tunebench"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/p.tunebench: no such file"))
    }
}
