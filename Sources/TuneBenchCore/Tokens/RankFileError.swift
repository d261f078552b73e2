/// Why a tiktoken rank file could not be used.
public enum RankFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's sha256 is not the one published for the encoding.
    case hashMismatch(path: String, expected: String, actual: String)
    /// A line is not `base64 SPACE rank`.
    case malformedLine(path: String, line: Int, reason: String)
    /// Two lines carry the same token bytes.
    case duplicateToken(path: String, line: Int)
    /// Two lines carry the same rank.
    case duplicateRank(path: String, line: Int, rank: UInt32)
    /// A single byte has no rank, so some text could not be encoded.
    case missingByte(path: String, byte: UInt8)
    /// Ranks leave most numbers unused (tunebench's tables are indexed by rank).
    case sparseRanks(path: String, highest: Int, tokens: Int)
    /// The file could not be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .hashMismatch(path, expected, actual):
            "\(path): sha256 is \(actual), expected \(expected) (a different or damaged rank file)"
        case let .malformedLine(path, line, reason):
            "\(path):\(line): not a rank file line (`base64 rank`): \(reason)"
        case let .duplicateToken(path, line):
            "\(path):\(line): these token bytes already appear on an earlier line"
        case let .duplicateRank(path, line, rank):
            "\(path):\(line): rank \(rank) appears twice"
        case let .missingByte(path, byte):
            "\(path): not a byte-level vocabulary: byte 0x\(String(byte, radix: 16)) has no rank"
        case let .sparseRanks(path, highest, tokens):
            "\(path): ranks go up to \(highest) for only \(tokens) tokens; rank files number their tokens densely"
        case let .unreadable(path, reason):
            "\(path): cannot read: \(reason)"
        }
    }
}
