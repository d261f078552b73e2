import Testing
import TuneBenchCore

@Suite struct TokensConcurrentCountTests {
    @Test func countAllKeepsOrderAndEqualsOneByOne() throws {
        let tokenizer = try TokensRankFileTests.tokenizer()
        var generator = SplitMix(seed: 3)
        let texts = (0..<1000).map { index in
            String(repeating: "abcd ", count: Int(generator.next() % 20)) + "x\(index)"
        }
        #expect(tokenizer.countAll(texts) == texts.map(tokenizer.count))
        #expect(tokenizer.countTotal(texts) == texts.map(tokenizer.count).reduce(0, +))
        #expect(EstimatedTokenCounter().countAll(texts) == texts.map(EstimatedTokenCounter().count))
        #expect(tokenizer.countAll([]) == [])
    }
}
