/// Byte-pair merging of one pre-tokenized piece: repeatedly merge the adjacent pair whose bytes form the token of
/// lowest rank (leftmost on ties), until no adjacent pair is a token, exactly as tiktoken does. Short pieces use
/// tiktoken's own rank array (quadratic in the piece length but with tiny constants); long ones a heap over a
/// linked list of parts, so one megabyte-long word stays O(n log n). Short pieces are remembered in a
/// `PieceCache`, since words repeat.
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
        merge(piece, length, countOnly: false)
    }

    /// The number of tokens of `piece` (at least one byte); `ids` holds them only when the piece was not cached.
    @inline(__always) func count(_ piece: UnsafePointer<UInt8>, _ length: Int) -> Int {
        merge(piece, length, countOnly: true)
    }

    /// Short pieces ask the cache first, before the vocabulary: its lines are fewer and hotter than the
    /// vocabulary's, and single-token pieces (most words) are cached too.
    @inline(__always) private func merge(_ piece: UnsafePointer<UInt8>, _ length: Int, countOnly: Bool) -> Int {
        if length == 1 {
            ids[0] = vocabulary.byteRanks[Int(piece[0])]
            return 1
        }
        if length <= PieceCache.longestPiece {
            let cached = countOnly ? cache.count(of: piece, length) : cache.tokens(of: piece, length, into: ids)
            if cached > 0 { return cached }
            let produced = mergeWhole(piece, length)
            cache.remember(piece, length, tokens: ids, count: produced)
            return produced
        }
        return mergeWhole(piece, length)
    }

    /// The whole piece when it is one token, else its merge.
    @inline(__always) private func mergeWhole(_ piece: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let whole = vocabulary.rank(piece, length)
        if whole != ByteVocabulary.absent {
            ids[0] = whole
            return 1
        }
        return length <= Self.heapThreshold ? mergeShort(piece, length) : mergeLong(piece, length)
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
        // Parts are named by their start offset: next[k] is the start of the following part (length at the end),
        // tokens[k] the part's token, pairs[k] the rank of the part merged with the next one (absent when none, or
        // when part k has been merged into its left neighbour).
        let next = UnsafeMutablePointer<Int32>.allocate(capacity: length)
        let previous = UnsafeMutablePointer<Int32>.allocate(capacity: length)
        let tokens = UnsafeMutablePointer<UInt32>.allocate(capacity: length)
        let pairs = UnsafeMutablePointer<UInt32>.allocate(capacity: length)
        defer {
            next.deallocate()
            previous.deallocate()
            tokens.deallocate()
            pairs.deallocate()
        }
        var heap = MinHeap(capacity: length)
        for k in 0..<length {
            next[k] = Int32(k + 1)
            previous[k] = Int32(k - 1)
            tokens[k] = vocabulary.byteRanks[Int(piece[k])]
            pairs[k] = k + 1 < length ? vocabulary.pairRanks[Int(piece[k]) << 8 | Int(piece[k + 1])] : absent
            if pairs[k] != absent { heap.append(UInt64(pairs[k]) << 32 | UInt64(k)) }
        }
        heap.heapify()
        while let entry = heap.pop() {
            let rank = UInt32(truncatingIfNeeded: entry >> 32), k = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
            guard pairs[k] == rank else { continue } // stale: the pair changed or part k is gone
            let right = Int(next[k])
            pairs[right] = absent
            tokens[k] = rank
            let after = Int(next[right])
            next[k] = Int32(after)
            if after < length {
                previous[after] = Int32(k)
                pairs[k] = vocabulary.rank(piece + k, Int(next[after]) - k)
                if pairs[k] != absent { heap.push(UInt64(pairs[k]) << 32 | UInt64(k)) }
            } else {
                pairs[k] = absent
            }
            let left = Int(previous[k])
            if left >= 0 {
                pairs[left] = vocabulary.rank(piece + left, after - left)
                if pairs[left] != absent { heap.push(UInt64(pairs[left]) << 32 | UInt64(left)) }
            }
        }
        var produced = 0
        var k = 0
        while k < length {
            produced += 1
            k = Int(next[k])
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
            k = Int(next[k])
        }
        return produced
    }
}

/// A binary min-heap of packed `rank << 32 | position` keys: lowest rank first, leftmost on ties.
private struct MinHeap: ~Copyable {
    private var items: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        items = .allocate(capacity: self.capacity)
    }

    deinit { items.deallocate() }

    /// Adds an item without keeping the heap order; call `heapify` before the first `pop`.
    mutating func append(_ item: UInt64) {
        if count == capacity { grow() }
        items[count] = item
        count += 1
    }

    /// Restores the heap order in O(n).
    mutating func heapify() {
        var parent = count / 2 - 1
        while parent >= 0 {
            siftDown(parent)
            parent -= 1
        }
    }

    mutating func push(_ item: UInt64) {
        if count == capacity { grow() }
        var child = count
        count += 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard item < items[parent] else { break }
            items[child] = items[parent]
            child = parent
        }
        items[child] = item
    }

    mutating func pop() -> UInt64? {
        guard count > 0 else { return nil }
        let top = items[0]
        count -= 1
        if count > 0 {
            items[0] = items[count]
            siftDown(0)
        }
        return top
    }

    private mutating func siftDown(_ start: Int) {
        let item = items[start]
        var parent = start
        while true {
            var child = 2 * parent + 1
            guard child < count else { break }
            if child + 1 < count && items[child + 1] < items[child] { child += 1 }
            guard items[child] < item else { break }
            items[parent] = items[child]
            parent = child
        }
        items[parent] = item
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: items, count: count)
        items.deallocate()
        items = larger
        capacity *= 2
    }
}
