/// The tokens of recently seen short pieces, direct-mapped by a hash of the piece's bytes. Words repeat, and a hit
/// replaces the vocabulary lookup of the whole piece (a cache miss in a table of megabytes) and, for pieces that are
/// not one token, a merge (ten to fifty rank lookups) by one probe of a table a tenth that size. Entries are compared
/// on all their bytes, so a hit is always exact.
///
/// An entry is one 64-byte cache line: the piece's bytes, its length, its token count and the tokens themselves,
/// so a probe touches one line, and counting reads no token at all.
struct PieceCache: ~Copyable {
    /// Pieces up to this many bytes are cached.
    static let longestPiece = 16
    /// Pieces that merge into more tokens than this are not cached.
    static let mostTokens = 10
    private static let entryCount = 8192

    private struct Entry {
        var low: UInt64
        var high: UInt64
        /// 0 for an empty entry.
        var length: UInt32
        var count: UInt32
        /// `mostTokens` token slots.
        var tokens: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    }

    private let entries: UnsafeMutablePointer<Entry>

    init() {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: Self.entryCount * MemoryLayout<Entry>.stride, alignment: 64)
        entries = raw.initializeMemory(
            as: Entry.self, repeating: Entry(low: 0, high: 0, length: 0, count: 0, tokens: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            count: Self.entryCount)
    }

    deinit {
        UnsafeMutableRawPointer(entries).deallocate()
    }

    /// The number of cached tokens of the piece (1...longestPiece bytes), 0 on a miss.
    @inline(__always) func count(of piece: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let (low, high, index) = Self.key(piece, length)
        let entry = entries + index
        guard entry.pointee.length == UInt32(truncatingIfNeeded: length), entry.pointee.low == low,
              entry.pointee.high == high else { return 0 }
        return Int(entry.pointee.count)
    }

    /// Copies the cached tokens of the piece (1...longestPiece bytes) into `ids`; returns their count, 0 on a miss.
    @inline(__always) func tokens(of piece: UnsafePointer<UInt8>, _ length: Int, into ids: UnsafeMutablePointer<UInt32>) -> Int {
        let (low, high, index) = Self.key(piece, length)
        let entry = entries + index
        guard entry.pointee.length == UInt32(truncatingIfNeeded: length), entry.pointee.low == low,
              entry.pointee.high == high else { return 0 }
        let count = Int(entry.pointee.count)
        withUnsafeBytes(of: &entry.pointee.tokens) { slots in
            for k in 0..<count { ids[k] = slots.load(fromByteOffset: 4 * k, as: UInt32.self) }
        }
        return count
    }

    /// Remembers the tokens of a piece (1...longestPiece bytes), replacing whatever shared its entry.
    @inline(__always) func remember(_ piece: UnsafePointer<UInt8>, _ length: Int, tokens: UnsafePointer<UInt32>, count: Int) {
        guard count <= Self.mostTokens else { return }
        let (low, high, index) = Self.key(piece, length)
        let entry = entries + index
        entry.pointee.low = low
        entry.pointee.high = high
        entry.pointee.length = UInt32(truncatingIfNeeded: length)
        entry.pointee.count = UInt32(truncatingIfNeeded: count)
        withUnsafeMutableBytes(of: &entry.pointee.tokens) { slots in
            for k in 0..<count { slots.storeBytes(of: tokens[k], toByteOffset: 4 * k, as: UInt32.self) }
        }
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
