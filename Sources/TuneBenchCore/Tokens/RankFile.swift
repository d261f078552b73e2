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
            }
            lineStart = lineEnd + 1
        }
        return try ByteVocabulary(arena: arena, offsets: offsets, ranks: ranks)
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

/// Standard base64 (RFC 4648, with padding), decoded without Foundation's per-call allocations.
enum Base64 {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, char) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(char)] = UInt8(index)
        }
        return table
    }()

    /// Appends the decoded bytes; false when the text is not canonical padded base64.
    static func decode(_ text: ArraySlice<UInt8>, appendingTo output: inout [UInt8]) -> Bool {
        guard !text.isEmpty, text.count % 4 == 0 else { return false }
        let table = values
        var index = text.startIndex
        while index < text.endIndex {
            let isLast = index + 4 == text.endIndex
            let c0 = table[Int(text[index])], c1 = table[Int(text[index + 1])]
            let p2 = text[index + 2] == 0x3D, p3 = text[index + 3] == 0x3D
            let c2 = p2 ? 0 : table[Int(text[index + 2])], c3 = p3 ? 0 : table[Int(text[index + 3])]
            guard c0 != 0xFF, c1 != 0xFF, c2 != 0xFF, c3 != 0xFF, !(p2 && !p3), isLast || !p3 else { return false }
            output.append(c0 << 2 | c1 >> 4)
            if !p2 { output.append(c1 << 4 | c2 >> 2) }
            if !p3 { output.append(c2 << 6 | c3) }
            index += 4
        }
        return true
    }
}
