import Foundation

/// Reads tiktoken rank files: one `base64(token bytes) SPACE rank` line per token.
enum RankFile {
    /// Parses rank-file bytes into a vocabulary, checking the sha256 first when `expectedSHA256` is given.
    static func parse(_ data: [UInt8], path: String, expectedSHA256: String?) throws(RankFileError) -> ByteVocabulary {
        if let expected = expectedSHA256 {
            var hasher = SHA256()
            data.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            let actual = hasher.hexDigest()
            guard actual == expected.lowercased() else { throw .hashMismatch(path: path, expected: expected, actual: actual) }
        }
        var arena: [UInt8] = []
        arena.reserveCapacity(data.count)
        var offsets: [UInt32] = [0]
        var ranks: [UInt32] = []
        var seenRanks = Set<UInt32>()
        var lineNumbers: [Int] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart < data.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < data.count && data[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && data[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd > lineStart {
                guard let space = data[lineStart..<contentEnd].firstIndex(of: 0x20) else {
                    throw .malformedLine(path: path, line: lineNumber, reason: "no space between token and rank")
                }
                guard Base64.decode(data[lineStart..<space], appendingTo: &arena) else {
                    throw .malformedLine(path: path, line: lineNumber, reason: "the token is not valid base64")
                }
                guard let rank = decimal(data[(space + 1)..<contentEnd]) else {
                    throw .malformedLine(path: path, line: lineNumber, reason: "the rank is not a number below 2^31")
                }
                guard seenRanks.insert(rank).inserted else { throw .duplicateRank(path: path, line: lineNumber, rank: rank) }
                offsets.append(UInt32(arena.count))
                ranks.append(rank)
                lineNumbers.append(lineNumber)
            }
            lineStart = lineEnd + 1
        }
        do {
            return try ByteVocabulary(arena: arena, offsets: offsets, ranks: ranks)
        } catch {
            switch error {
            case .duplicateToken(let index): throw .duplicateToken(path: path, line: lineNumbers[index])
            case .missingByte(let byte): throw .missingByte(path: path, byte: byte)
            case .sparseRanks(let highest): throw .sparseRanks(path: path, highest: highest, tokens: ranks.count)
            }
        }
    }

    /// Reads and parses a rank file.
    static func load(path: String, expectedSHA256: String?) throws(RankFileError) -> ByteVocabulary {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try parse([UInt8](data), path: path, expectedSHA256: expectedSHA256)
    }

    private static func decimal(_ digits: ArraySlice<UInt8>) -> UInt32? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            guard digit >= 0x30 && digit <= 0x39 else { return nil }
            value = value * 10 + UInt64(digit - 0x30)
        }
        return value < 1 << 31 ? UInt32(value) : nil
    }
}
