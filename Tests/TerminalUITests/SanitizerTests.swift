import Testing
import TerminalUI

@Suite struct SanitizerTests {
    @Test func escapeAndOtherC0ControlsBecomeCaretNotation() {
        #expect(Sanitizer.visible("a\u{1B}[31mred\u{1B}[0m") == "a^[[31mred^[[0m")
        #expect(Sanitizer.visible("bell\u{07}nul\u{00}") == "bell^Gnul^@")
        #expect(Sanitizer.visible("line\nnext\r") == "line^Jnext^M")
    }

    @Test func delAndC1ControlsAreShown() {
        #expect(Sanitizer.visible("x\u{7F}y") == "x^?y")
        #expect(Sanitizer.visible("csi\u{9B}2J") == "csi<9B>2J")
        #expect(Sanitizer.visible("\u{85}") == "<85>")
    }

    @Test func tabsExpandToTabStops() {
        #expect(Sanitizer.visible("a\tb") == "a   b")
        #expect(Sanitizer.visible("abcd\te") == "abcd    e")
    }

    @Test func printableTextIsUnchanged() {
        let text = "naïve 日本 🙂 e\u{301} ✔"
        #expect(Sanitizer.visible(text) == text)
    }

    @Test func crlfGraphemeIsEscapedScalarByScalar() {
        #expect(Sanitizer.visible("a\r\nb") == "a^M^Jb")
    }

    @Test func bidiOverridesAreShownNotObeyed() {
        #expect(Sanitizer.visible("abc\u{202E}fed") == "abc<202E>fed")
        #expect(Sanitizer.visible("x\u{2066}y\u{2069}") == "x<2066>y<2069>")
    }
}
