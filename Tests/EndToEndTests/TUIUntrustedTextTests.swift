import Foundation
import Testing
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
}
