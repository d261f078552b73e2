import Foundation
import Testing
import TerminalUI
import TuneBenchTestSupport

/// Untrusted text never reaches the terminal as control sequences.
@Suite struct TUIUntrustedTextTests {
    @Test func escapeSequencesInTheProjectNameShowAsVisibleEscapes() async throws {
        let fixture = try TUIFixture(name: "evil\u{1B}[31mred\u{1B}]0;pwned\u{07}\u{1B}[2J")
        try await fixture.run { tmux in
            let screen = try await tmux.capture()
            #expect(screen[0].contains("evil^[[31mred^[]0;pwned^G^[[2J"))
            let styled = try await tmux.captureWithStyles()
            #expect(!styled.contains("\u{1B}[31mred"), "the name's own colour code must not reach the terminal")
        }
    }

    @Test func wideCharactersKeepTheBordersAligned() async throws {
        let fixture = try TUIFixture(name: "日本語🙂プロジェクト-e\u{301}")
        try await fixture.run { tmux in
            let screen = try await tmux.capture()
            #expect(screen[0].contains("日本語🙂プロジェクト-e\u{301}"))
            // Every framed row ends at the last column, so no wide glyph shifted anything.
            for line in screen.dropFirst().dropLast() where line.hasSuffix("│") || line.hasSuffix("┐") || line.hasSuffix("┘") {
                #expect(DisplayWidth.of(line) == 100, "\(line)")
            }
        }
    }
}
