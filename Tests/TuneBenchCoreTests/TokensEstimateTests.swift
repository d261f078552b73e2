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

    @Test func wordsCostAboutOneTokenPerFourLetters() {
        // "Hello" 2, " world" 2 (the single space rides on the word), "!" 1.
        #expect(estimator.count("Hello world!") == 5)
    }

    @Test func digitsGroupInThrees() {
        #expect(estimator.count("1234567") == 3)
    }

    @Test func punctuationCostsOneEach() {
        #expect(estimator.count("?!.,") == 4)
    }

    @Test func cjkCostsOnePerCharacter() {
        #expect(estimator.count("日本語のテキスト") == 8)
    }

    @Test func whitespaceRunsAndLineBreaksCount() {
        // "a" 1, "    " 1, "b" 1, "\n" 1, "c" 1.
        #expect(estimator.count("a    b\nc") == 5)
    }

    @Test func longerTextGrowsRoughlyLinearly() {
        let sentence = "The quick brown fox jumps over the lazy dog.\n"
        let one = estimator.count(sentence)
        #expect(one > 8 && one < 16)
        #expect(estimator.count(String(repeating: sentence, count: 100)) == one * 100)
    }
}
