import Testing
import TuneBenchCore

@Suite struct TokensQuicktokTests {
    /// u32 count, then per entry u16 length, bytes, u32 rank, little-endian.
    static func binary(_ entries: [([UInt8], UInt32)]) -> [UInt8] {
        var data: [UInt8] = []
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data += $0 } }
        append(UInt32(entries.count))
        for (bytes, rank) in entries {
            append(UInt16(bytes.count))
            data += bytes
            append(rank)
        }
        return data
    }

    @Test func convertsToRankFileTextInRankOrder() throws {
        let data = Self.binary([(Array("ab".utf8), 2), ([0x21], 0), ([0xFF, 0x00, 0x7F], 1)])
        let text = try QuicktokVocabulary.rankFileText(fromBinary: data)
        #expect(String(decoding: text, as: UTF8.self) == "IQ== 0\n/wB/ 1\nYWI= 2\n")
    }

    @Test func refusesTruncatedOrPaddedData() {
        let data = Self.binary([(Array("ab".utf8), 2)])
        #expect(throws: TokenizerInstallError.self) { try QuicktokVocabulary.rankFileText(fromBinary: Array(data.dropLast())) }
        #expect(throws: TokenizerInstallError.self) { try QuicktokVocabulary.rankFileText(fromBinary: data + [0]) }
    }
}
