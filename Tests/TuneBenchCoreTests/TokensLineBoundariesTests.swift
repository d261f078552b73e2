import Testing
@testable import TuneBenchCore

@Suite struct TokensLineBoundariesTests {
    @Test func cutsOnlyAfterALineFeedBeforeALetterOrDigit() {
        let text = Array(String(repeating: "one line\n  \n!\n/x\n7 two\n\n", count: 40_000).utf8)
        text.withUnsafeBufferPointer { buffer in
            let chunks = LineBoundaries.chunks(of: buffer, count: 8)
            #expect(chunks.count > 4)
            #expect(chunks.first?.lowerBound == 0)
            #expect(chunks.last?.upperBound == buffer.count)
            for (left, right) in zip(chunks, chunks.dropFirst()) {
                #expect(left.upperBound == right.lowerBound)
                let cut = right.lowerBound
                #expect(buffer[cut - 1] == UInt8(ascii: "\n"))
                #expect(buffer[cut] == UInt8(ascii: "o") || buffer[cut] == UInt8(ascii: "7"))
            }
        }
    }

    @Test func aTextWithoutSafePointsIsOneChunk() {
        let text = Array(String(repeating: "word ", count: 100_000).utf8)
        text.withUnsafeBufferPointer { buffer in
            #expect(LineBoundaries.chunks(of: buffer, count: 8) == [0..<buffer.count])
        }
    }
}
