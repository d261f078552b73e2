/// The mergeable ranks of a byte-level BPE encoding: token bytes → rank, in an open-addressing hash table over one
/// byte arena. Immutable after construction; lookups take raw byte ranges so encoding never allocates keys.
final class ByteVocabulary: @unchecked Sendable {
    /// Number of tokens.
    let count: Int
    /// The rank of every single byte (all 256 are tokens in a byte-level vocabulary).
    let byteRanks: [UInt32]

    private let arena: UnsafeMutablePointer<UInt8>
    /// Token `k` (in file order) spans `arena[offsets[k] ..< offsets[k + 1]]`.
    private let offsets: UnsafeMutablePointer<UInt32>
    private let ranks: UnsafeMutablePointer<UInt32>
    /// Each slot: hash tag in the high 32 bits, token index + 1 in the low 32 bits; 0 is empty.
    private let slots: UnsafeMutablePointer<UInt64>
    private let mask: Int

    /// Rank meaning "not a token".
    static let absent = UInt32.max

    /// Builds the table from tokens given as `(bytes, rank)` in an arena with offsets; fails on duplicates or a
    /// missing single byte.
    init(arena bytes: [UInt8], offsets tokenOffsets: [UInt32], ranks tokenRanks: [UInt32]) throws(VocabularyError) {
        count = tokenRanks.count
        // Single bytes first, so every stored property is set (and deinit frees the buffers) before a later throw.
        var singles = [UInt32](repeating: Self.absent, count: 256)
        for index in 0..<count where tokenOffsets[index + 1] - tokenOffsets[index] == 1 {
            singles[Int(bytes[Int(tokenOffsets[index])])] = tokenRanks[index]
        }
        if let missing = singles.firstIndex(of: Self.absent) { throw .missingByte(UInt8(missing)) }
        byteRanks = singles
        arena = .allocate(capacity: max(bytes.count, 1))
        arena.initialize(from: bytes, count: bytes.count)
        offsets = .allocate(capacity: tokenOffsets.count)
        offsets.initialize(from: tokenOffsets, count: tokenOffsets.count)
        ranks = .allocate(capacity: max(count, 1))
        ranks.initialize(from: tokenRanks, count: count)
        var capacity = 1024
        while capacity < count * 2 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        for index in 0..<count {
            let start = Int(offsets[index]), length = Int(offsets[index + 1]) - start
            let hash = Self.hash(arena + start, length)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let other = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
                if Self.equal(other, start: start, length: length, offsets: offsets, arena: arena) {
                    throw .duplicateToken(index: index)
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
        }
    }

    deinit {
        arena.deallocate()
        offsets.deallocate()
        ranks.deallocate()
        slots.deallocate()
    }

    /// The rank of the token with exactly these bytes, or `absent`.
    @inline(__always) func rank(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        let hash = Self.hash(bytes, length)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return Self.absent }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                let start = Int(offsets[index])
                if Int(offsets[index + 1]) - start == length, memoryEqual(arena + start, bytes, length) {
                    return ranks[index]
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private static func equal(_ index: Int, start: Int, length: Int, offsets: UnsafeMutablePointer<UInt32>, arena: UnsafeMutablePointer<UInt8>) -> Bool {
        let otherStart = Int(offsets[index])
        return Int(offsets[index + 1]) - otherStart == length && memoryEqual(arena + otherStart, arena + start, length)
    }

    /// A fast 64-bit hash of a short byte string (8 bytes at a time, multiply-xorshift mixing).
    @inline(__always) static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(length &+ 1)
        var i = 0
        let raw = UnsafeRawPointer(bytes)
        while i &+ 8 <= length {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i &+= 8
        }
        if i < length {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < length {
                word |= UInt64(bytes[i]) << shift
                shift &+= 8
                i &+= 1
            }
            h = (h ^ word) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 32
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
        return h
    }
}

/// Why a list of tokens is not a byte-level vocabulary.
enum VocabularyError: Error {
    /// The token at this index (file order) repeats an earlier one.
    case duplicateToken(index: Int)
    /// This byte is not a token.
    case missingByte(UInt8)
}

@inline(__always) private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    var i = 0
    while i < length {
        if a[i] != b[i] { return false }
        i &+= 1
    }
    return true
}
