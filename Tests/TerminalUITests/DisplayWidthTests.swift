import Testing
import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiTakesOneColumnEach() {
        #expect(DisplayWidth.of("hello") == 5)
    }

    @Test func onlyPrintableASCIIIsCountedByItsBytes() {
        #expect(DisplayWidth.printableASCIICount("j/k  move ~") == 11)
        #expect(DisplayWidth.printableASCIICount("") == 0)
        // Control characters, tabs and anything past ASCII take the grapheme walk.
        for text in ["a\tb", "a\u{1B}[31m", "caf\u{E9}", "日本", "e\u{301}"] {
            #expect(DisplayWidth.printableASCIICount(text) == nil, "\(text)")
        }
        #expect(Line([Span("ab"), Span("日本")]).width == 6)
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
