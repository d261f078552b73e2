/// The mergeable ranks of a byte-level BPE encoding: token bytes → rank, in an open-addressing hash table.
///
/// Built for the merge loop, which looks up millions of short byte strings: a token of up to 8 bytes is stored in
/// its slot as a packed integer, so finding it (or finding it absent) touches one cache line and no token bytes;
/// longer tokens keep a 64-bit hash in the slot and are compared against the byte arena. Immutable after
/// construction; lookups take raw byte ranges, so encoding never allocates keys.
final class ByteVocabulary: @unchecked Sendable {
    /// Number of tokens.
    let count: Int
    /// The rank of every single byte (all 256 are tokens in a byte-level vocabulary).
    let byteRanks: UnsafeMutablePointer<UInt32>
    /// The rank of every two-byte string (`absent` when not a token), indexed by `first << 8 | second`: the first
    /// round of every merge reads here instead of hashing.
    let pairRanks: UnsafeMutablePointer<UInt32>
    /// The longest token, in bytes: longer byte strings are not looked up.
    let longestToken: Int

    private struct Slot {
        /// The token's bytes packed little-endian (up to 8 bytes), else the hash of its bytes.
        var key: UInt64
        var rank: UInt32
        /// 0 for an empty slot.
        var length: UInt32
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    /// All token bytes; the token of rank r starts at `arena + offsetOfRank[r]`.
    private let arena: UnsafeMutablePointer<UInt8>
    private let offsetOfRank: UnsafeMutablePointer<UInt32>

    /// Rank meaning "not a token".
    static let absent = UInt32.max

    /// Builds the table from tokens in file order: token k is `bytes[offsets[k] ..< offsets[k + 1]]` with rank
    /// `ranks[k]` (ranks unique). Fails on duplicate tokens, a missing single byte, or ranks far sparser than the
    /// tokens.
    init(arena bytes: [UInt8], offsets: [UInt32], ranks: [UInt32]) throws(VocabularyError) {
        count = ranks.count
        // Validate before allocating, so no buffer is leaked by a throw.
        var singles = [UInt32](repeating: Self.absent, count: 256)
        var longest = 0
        for index in 0..<count {
            let length = Int(offsets[index + 1] - offsets[index])
            longest = max(longest, length)
            if length == 1 { singles[Int(bytes[Int(offsets[index])])] = ranks[index] }
        }
        if let missing = singles.firstIndex(of: Self.absent) { throw .missingByte(UInt8(missing)) }
        let rankLimit = Int(ranks.max() ?? 0) + 1
        guard rankLimit <= 4 * count + 1024 else { throw .sparseRanks(highest: rankLimit - 1) }
        longestToken = longest

        byteRanks = .allocate(capacity: 256)
        byteRanks.initialize(from: singles, count: 256)
        pairRanks = .allocate(capacity: 1 << 16)
        pairRanks.initialize(repeating: Self.absent, count: 1 << 16)
        arena = .allocate(capacity: max(bytes.count, 1))
        arena.initialize(from: bytes, count: bytes.count)
        offsetOfRank = .allocate(capacity: rankLimit)
        offsetOfRank.initialize(repeating: 0, count: rankLimit)
        var capacity = 1024
        while capacity < count * 2 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, rank: 0, length: 0), count: capacity)
        mask = capacity - 1

        for index in 0..<count {
            let start = Int(offsets[index]), length = Int(offsets[index + 1]) - start
            let rank = ranks[index]
            offsetOfRank[Int(rank)] = UInt32(start)
            if length == 2 { pairRanks[Int(bytes[start]) << 8 | Int(bytes[start + 1])] = rank }
            guard findSlot(arena + start, length) == Self.absent else { throw .duplicateToken(index: index) }
            let (key, hash) = Self.keyAndHash(arena + start, length)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, rank: rank, length: UInt32(length))
        }
    }

    deinit {
        byteRanks.deallocate()
        pairRanks.deallocate()
        arena.deallocate()
        offsetOfRank.deallocate()
        slots.deallocate()
    }

    /// The rank of the token with exactly these bytes (length ≥ 1), or `absent`.
    @inline(__always) func rank(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        length > longestToken ? Self.absent : findSlot(bytes, length)
    }

    @inline(__always) private func findSlot(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        let (key, hash) = Self.keyAndHash(bytes, length)
        var slot = Int(truncatingIfNeeded: hash) & mask
        let wanted = UInt32(truncatingIfNeeded: length)
        while true {
            let entry = slots[slot]
            if entry.length == 0 { return Self.absent }
            if entry.key == key && entry.length == wanted
                && (length <= 8 || memoryEqual(arena + Int(offsetOfRank[Int(entry.rank)]), bytes, length)) {
                return entry.rank
            }
            slot = (slot + 1) & mask
        }
    }

    /// The slot key (packed bytes up to 8 bytes, else a hash) and the hash that picks the first slot.
    @inline(__always) private static func keyAndHash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(bytes)
        if length <= 8 {
            let packed = packLittleEndian(raw, length)
            return (packed, mix(packed ^ (UInt64(length) << 59)))
        }
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(length)
        var i = 0
        while i &+ 8 <= length {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i &+= 8
        }
        if i < length { h = mix(h ^ packLittleEndian(raw + i, length &- i)) }
        return (h, h)
    }

    /// 1-8 bytes as a little-endian integer, in at most three loads.
    @inline(__always) private static func packLittleEndian(_ raw: UnsafeRawPointer, _ length: Int) -> UInt64 {
        if length == 8 { return raw.loadUnaligned(as: UInt64.self) }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var i = 0
        if length >= 4 {
            word = UInt64(raw.loadUnaligned(as: UInt32.self))
            shift = 32
            i = 4
        }
        if length &- i >= 2 {
            word |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
            shift &+= 16
            i &+= 2
        }
        if i < length { word |= UInt64(raw.load(fromByteOffset: i, as: UInt8.self)) << shift }
        return word
    }

    /// A 64-bit finalizer (splitmix64's).
    @inline(__always) private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Why a list of tokens is not a byte-level vocabulary.
enum VocabularyError: Error {
    /// The token at this index (file order) repeats an earlier one.
    case duplicateToken(index: Int)
    /// This byte is not a token.
    case missingByte(UInt8)
    /// The highest rank is far above the number of tokens (tables are indexed by rank).
    case sparseRanks(highest: Int)
}

@inline(__always) private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    var i = 0
    while i < length {
        if a[i] != b[i] { return false }
        i &+= 1
    }
    return true
}
