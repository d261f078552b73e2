/// The tokens of recently merged short pieces, direct-mapped by a hash of the piece's bytes. Words repeat, and a hit
/// replaces a merge (ten to fifty rank lookups) by one probe. Entries are compared on all their bytes, so a hit is
/// always exact.
struct PieceCache: ~Copyable {
    /// Pieces up to this many bytes are cached.
    static let longestPiece = 16
    /// Pieces that merge into more tokens than this are not cached.
    static let mostTokens = 6
    private static let entryCount = 4096

    private struct Entry {
        var low: UInt64
        var high: UInt64
        /// 0 for an empty entry.
        var length: UInt32
        var count: UInt32
    }

    private let entries: UnsafeMutablePointer<Entry>
    /// `mostTokens` token slots per entry.
    private let tokenSlots: UnsafeMutablePointer<UInt32>

    init() {
        entries = .allocate(capacity: Self.entryCount)
        entries.initialize(repeating: Entry(low: 0, high: 0, length: 0, count: 0), count: Self.entryCount)
        tokenSlots = .allocate(capacity: Self.entryCount * Self.mostTokens)
        tokenSlots.initialize(repeating: 0, count: Self.entryCount * Self.mostTokens)
    }

    deinit {
        entries.deallocate()
        tokenSlots.deallocate()
    }

    /// Copies the cached tokens of the piece (1...longestPiece bytes) into `ids`; returns their count, 0 on a miss.
    @inline(__always) func tokens(of piece: UnsafePointer<UInt8>, _ length: Int, into ids: UnsafeMutablePointer<UInt32>) -> Int {
        let (low, high, index) = Self.key(piece, length)
        let entry = entries[index]
        guard entry.length == UInt32(length), entry.low == low, entry.high == high else { return 0 }
        let count = Int(entry.count)
        ids.update(from: tokenSlots + index * Self.mostTokens, count: count)
        return count
    }

    /// Remembers the tokens of a piece (1...longestPiece bytes), replacing whatever shared its entry.
    @inline(__always) func remember(_ piece: UnsafePointer<UInt8>, _ length: Int, tokens: UnsafePointer<UInt32>, count: Int) {
        guard count <= Self.mostTokens else { return }
        let (low, high, index) = Self.key(piece, length)
        entries[index] = Entry(low: low, high: high, length: UInt32(length), count: UInt32(count))
        (tokenSlots + index * Self.mostTokens).update(from: tokens, count: count)
    }

    /// The piece's bytes as two little-endian words (zero-padded) and its entry index.
    @inline(__always) private static func key(_ piece: UnsafePointer<UInt8>, _ length: Int) -> (UInt64, UInt64, Int) {
        var low: UInt64 = 0, high: UInt64 = 0
        for i in 0..<min(length, 8) { low |= UInt64(piece[i]) << (8 * UInt64(i)) }
        if length > 8 { for i in 8..<length { high |= UInt64(piece[i]) << (8 * UInt64(i - 8)) } }
        var z = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 31
        return (low, high, Int(truncatingIfNeeded: z >> 40) & (entryCount - 1))
    }
}
