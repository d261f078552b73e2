import Testing
import TuneBenchCore

@Suite("Untrusted eval text on one terminal line")
struct TerminalTextTests {
    @Test func controlSequencesNeverPassThrough() {
        #expect(terminalSafeLine("a\u{1b}[2Jb\u{9b}c\u{7f}", width: 80) == "a·[2Jb·c·")
        #expect(terminalSafeLine("one\r\ntwo\tthree", width: 80) == "one⏎two three")
    }

    @Test func longTextIsCutWithAnEllipsis() {
        #expect(terminalSafeLine("abcdefgh", width: 5) == "abcd…")
        #expect(terminalSafeLine("abcde", width: 5) == "abcde")
    }
}
