/// Byte-pair merging of one pre-tokenized piece: repeatedly merge the adjacent pair whose bytes form the token of
/// lowest rank (leftmost on ties), until no adjacent pair is a token, exactly as tiktoken does. Short pieces use
/// tiktoken's own rank array (quadratic in the piece length but with tiny constants); long ones a heap over a
/// linked list of parts, so one megabyte-long word stays O(n log n). Short pieces that needed merging are
/// remembered in a `PieceCache`, since words repeat.
///
/// A workspace of scratch buffers, used by one thread at a time (`MergeWorkspacePool` hands them out).
final class BytePairMerger: @unchecked Sendable {
    private let vocabulary: ByteVocabulary
    private var cache = PieceCache()
    private var capacity: Int
    private var starts: UnsafeMutablePointer<Int>
    private var pairRanks: UnsafeMutablePointer<UInt32>
    /// The merged tokens of the piece last merged; valid up to the count `merge` returned.
    private(set) var ids: UnsafeMutablePointer<UInt32>

    /// Pieces longer than this go through the heap.
    private static let heapThreshold = 256

    init(vocabulary: ByteVocabulary) {
        self.vocabulary = vocabulary
        capacity = Self.heapThreshold + 1
        starts = .allocate(capacity: capacity)
        pairRanks = .allocate(capacity: capacity)
        ids = .allocate(capacity: capacity)
    }

    deinit {
        starts.deallocate()
        pairRanks.deallocate()
        ids.deallocate()
    }

    /// Encodes `piece` (at least one byte) into `ids`; returns the number of tokens.
    @inline(__always) func merge(_ piece: UnsafePointer<UInt8>, _ length: Int) -> Int {
        if length == 1 {
            ids[0] = vocabulary.byteRanks[Int(piece[0])]
            return 1
        }
        let whole = vocabulary.rank(piece, length)
        if whole != ByteVocabulary.absent {
            ids[0] = whole
            return 1
        }
        guard length <= Self.heapThreshold else { return mergeLong(piece, length) }
        guard length <= PieceCache.longestPiece else { return mergeShort(piece, length) }
        let cached = cache.tokens(of: piece, length, into: ids)
        if cached > 0 { return cached }
        let produced = mergeShort(piece, length)
        cache.remember(piece, length, tokens: ids, count: produced)
        return produced
    }

    private func mergeShort(_ piece: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let absent = ByteVocabulary.absent
        for k in 0..<length {
            starts[k] = k
            ids[k] = vocabulary.byteRanks[Int(piece[k])]
            pairRanks[k] = k + 1 < length ? vocabulary.pairRanks[Int(piece[k]) << 8 | Int(piece[k + 1])] : absent
        }
        starts[length] = length
        var parts = length
        while true {
            var best = absent
            var at = 0
            for k in 0..<(parts - 1) where pairRanks[k] < best {
                best = pairRanks[k]
                at = k
            }
            if best == absent { break }
            ids[at] = best
            // Remove part at+1.
            var k = at + 1
            while k < parts {
                starts[k] = starts[k + 1]
                if k + 1 < parts {
                    pairRanks[k] = pairRanks[k + 1]
                    ids[k] = ids[k + 1]
                }
                k += 1
            }
            parts -= 1
            pairRanks[at] = at + 1 < parts ? vocabulary.rank(piece + starts[at], starts[at + 2] - starts[at]) : absent
            if at > 0 {
                pairRanks[at - 1] = vocabulary.rank(piece + starts[at - 1], starts[at + 1] - starts[at - 1])
            }
        }
        return parts
    }

    private func mergeLong(_ piece: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let absent = ByteVocabulary.absent
        // Parts are named by their start offset; next[k] is the start of the following part (length at the end).
        var next = [Int](unsafeUninitializedCapacity: length) { buffer, count in
            for k in 0..<length { buffer[k] = k + 1 }
            count = length
        }
        var previous = [Int](unsafeUninitializedCapacity: length) { buffer, count in
            for k in 0..<length { buffer[k] = k - 1 }
            count = length
        }
        var tokens = (0..<length).map { vocabulary.byteRanks[Int(piece[$0])] }
        var pairs = [UInt32](repeating: absent, count: length)
        var alive = [Bool](repeating: true, count: length)
        var heap = MinHeap()
        for k in 0..<(length - 1) {
            pairs[k] = vocabulary.pairRanks[Int(piece[k]) << 8 | Int(piece[k + 1])]
            if pairs[k] != absent { heap.push(UInt64(pairs[k]) << 32 | UInt64(k)) }
        }
        while let entry = heap.pop() {
            let rank = UInt32(entry >> 32), k = Int(entry & 0xFFFF_FFFF)
            guard alive[k], pairs[k] == rank else { continue }
            let right = next[k]
            alive[right] = false
            tokens[k] = rank
            next[k] = next[right]
            if next[k] < length { previous[next[k]] = k }
            pairs[k] = next[k] < length ? vocabulary.rank(piece + k, next[next[k]] - k) : absent
            if pairs[k] != absent { heap.push(UInt64(pairs[k]) << 32 | UInt64(k)) }
            let left = previous[k]
            if left >= 0 {
                pairs[left] = vocabulary.rank(piece + left, next[k] - left)
                if pairs[left] != absent { heap.push(UInt64(pairs[left]) << 32 | UInt64(left)) }
            }
        }
        var produced = 0
        var k = 0
        while k < length {
            produced += 1
            k = next[k]
        }
        if produced > capacity {
            ids.deallocate()
            ids = .allocate(capacity: produced)
            capacity = produced
            starts.deallocate()
            starts = .allocate(capacity: produced)
            pairRanks.deallocate()
            pairRanks = .allocate(capacity: produced)
        }
        var slot = 0
        k = 0
        while k < length {
            ids[slot] = tokens[k]
            slot += 1
            k = next[k]
        }
        return produced
    }
}

/// A binary min-heap of packed `rank << 32 | position` keys: lowest rank first, leftmost on ties.
private struct MinHeap {
    private var items: [UInt64] = []

    mutating func push(_ item: UInt64) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> UInt64? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count && items[left] < items[smallest] { smallest = left }
            if right < items.count && items[right] < items[smallest] { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
