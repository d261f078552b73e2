import Testing
import TuneBenchCore

@Suite struct TokensEstimateTests {
    let estimator = EstimatedTokenCounter()

    @Test func labelsItselfAsAnEstimate() {
        #expect(estimator.isExact == false)
        #expect(estimator.encodingName == "estimate")
    }

    @Test func emptyTextIsZero() {
        #expect(estimator.count("") == 0)
    }

    @Test func shortWordsAreOneTokenLongerOnesMore() {
        // "Hello" 1, " world" 1 (the single space rides on the word), "!" 1.
        #expect(estimator.count("Hello world!") == 3)
        // 8 letters: 1; 13 letters: 1 + 1 per 5 further letters, rounded up.
        #expect(estimator.count("question") == 1)
        #expect(estimator.count("international") == 2)
    }

    @Test func digitsGroupInThrees() {
        #expect(estimator.count("1234567") == 3)
    }

    @Test func punctuationRunsCostOnePerTwoCharacters() {
        #expect(estimator.count("?!.,") == 2)
        // `{"` 1, `a` 1, `":` 1, ` ` 1 (a space before digits stands alone, as in tiktoken), `1` 1, `}` 1.
        #expect(estimator.count("{\"a\": 1}") == 6)
    }

    @Test func emojiOutsideTheBasicPlaneCostTwo() {
        #expect(estimator.count("😀") == 2)
    }

    @Test func cjkCostsOnePerCharacter() {
        #expect(estimator.count("日本語のテキスト") == 8)
    }

    @Test func whitespaceRunsAndLineBreaksCount() {
        // "a" 1, "    " 1, "b" 1, "\n" 1, "c" 1.
        #expect(estimator.count("a    b\nc") == 5)
        // A run of line breaks (blank lines) is one token.
        #expect(estimator.count("a\n\n  \nb") == 3)
    }

    @Test func longerTextGrowsRoughlyLinearly() {
        let sentence = "The quick brown fox jumps over the lazy dog.\n"
        let one = estimator.count(sentence)
        #expect(one > 8 && one < 16)
        #expect(estimator.count(String(repeating: sentence, count: 100)) == one * 100)
    }
}
