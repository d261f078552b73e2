import Testing
import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiTakesOneColumnEach() {
        #expect(DisplayWidth.of("hello") == 5)
    }

    @Test func cjkAndEmojiTakeTwoColumns() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("🙂👍") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test func combiningMarksTakeNone() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func symbolsWithoutEmojiPresentationTakeOne() {
        #expect(DisplayWidth.of("✔✘·▶█") == 5)
    }
}
