/// Finds exact and near duplicates across a whole dataset from its fingerprints, in memory proportional to the
/// number of examples (the caller's 64 bytes of sketch + 8 of hash each, plus about 20 bytes here).
///
/// Exact: equal content hashes; every occurrence after the first is an `exact_duplicate`. Near: MinHash
/// locality-sensitive hashing (8 bands of 4 bins) proposes pairs, kept when the estimated Jaccard similarity of
/// the word 3-grams is at least `threshold`; every member of a similar cluster after its first is a
/// `near_duplicate`. With `groups`, also the clusters a split keeps on one side.
public struct DuplicateFinder: Sendable {
    public var threshold: Double
    static let bands = 8
    static let rowsPerBand = MinHashSketch.size / bands

    public init(threshold: Double = 0.8) { self.threshold = threshold }

    /// The result for `exactHashes.count` examples; `sketches` holds `MinHashSketch.size` values per example.
    public func analyse(exactHashes: [UInt64], sketches: [UInt16], groups wantGroups: Bool = true) -> DuplicateReport {
        let n = exactHashes.count
        let size = MinHashSketch.size
        var sorter = PackedSorter(count: n)
        var groups = UnionFind(count: wantGroups ? n : 0)
        var exact = [Bool](repeating: false, count: n)
        sorter.sortedRuns(keys: { exactHashes[$0] }) { run in
            // Equal truncated keys: confirm on the full hash; every later example with a seen hash is a repeat.
            var first: [UInt64: Int] = [:]
            for k in run {
                if let original = first[exactHashes[k]] {
                    exact[k] = true
                    if wantGroups { groups.union(original, k) }
                } else {
                    first[exactHashes[k]] = k
                }
            }
        }
        var empty = [Bool](repeating: false, count: n)
        for i in 0..<n { empty[i] = sketches[(i * size)..<(i * size + size)].allSatisfy { $0 == MinHashSketch.empty } }
        var similar = UnionFind(count: n)
        for band in 0..<Self.bands {
            sorter.sortedRuns(include: { !exact[$0] && !empty[$0] }, keys: { i in
                let base = i * size + band * Self.rowsPerBand
                var key: UInt64 = 0
                for r in 0..<Self.rowsPerBand { key = key << 16 | UInt64(sketches[base + r]) }
                return key
            }) { run in
                let head = run[0]
                let headSketch = sketches[(head * size)..<(head * size + size)]
                for other in run.dropFirst() where similar.find(head) != similar.find(other) {
                    if MinHashSketch.similarity(headSketch, sketches[(other * size)..<(other * size + size)]) >= threshold {
                        similar.union(head, other)
                        if wantGroups { groups.union(head, other) }
                    }
                }
            }
        }
        var near = [Bool](repeating: false, count: n)
        var seenCluster = Set<Int>()
        for i in 0..<n where !exact[i] {
            let root = similar.find(i)
            if similar.size(of: root) > 1 && !seenCluster.insert(root).inserted { near[i] = true }
        }
        return DuplicateReport(exact: exact, near: near, group: wantGroups ? (0..<n).map { Int32(groups.find($0)) } : [])
    }
}

/// Which examples duplicate an earlier one, and (when asked) the duplicate group of every example.
public struct DuplicateReport: Sendable, Equatable {
    public var exact: [Bool]
    public var near: [Bool]
    /// The index of one member of each example's group; empty unless groups were asked for.
    public var group: [Int32]
}

/// Groups example indices by a 64-bit key by sorting packed words (key bits above, index bits below): one
/// `[UInt64]` sort without a comparator closure, 8 bytes per example. Keys are truncated to the bits left over,
/// so callers confirm matches (runs may hold rare false companions, never miss a true one).
struct PackedSorter {
    private let count: Int
    private let indexBits: Int
    private var words: [UInt64] = []

    init(count: Int) {
        self.count = count
        indexBits = max(1, UInt64.bitWidth - UInt64(max(1, count)).leadingZeroBitCount)
        words.reserveCapacity(count)
    }

    /// Calls `body` with each run (two or more indices, ascending) of included examples sharing a key.
    mutating func sortedRuns(include: (Int) -> Bool = { _ in true }, keys: (Int) -> UInt64, _ body: ([Int]) -> Void) {
        words.removeAll(keepingCapacity: true)
        let mask: UInt64 = (1 << UInt64(indexBits)) - 1
        for i in 0..<count where include(i) {
            let key = StableHash.combine(keys(i), 0x5eed)
            words.append((key << UInt64(indexBits)) | UInt64(i))
        }
        words.sort()
        var start = 0
        while start < words.count {
            var end = start + 1
            while end < words.count && words[end] >> UInt64(indexBits) == words[start] >> UInt64(indexBits) { end += 1 }
            if end - start > 1 { body(words[start..<end].map { Int($0 & mask) }) }
            start = end
        }
    }
}

/// Disjoint sets over 0..<count with path halving and union by size.
struct UnionFind {
    private var parent: [Int32]
    private var sizes: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        sizes = [Int32](repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if sizes[ra] < sizes[rb] { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        sizes[ra] += sizes[rb]
    }

    mutating func size(of x: Int) -> Int { Int(sizes[find(x)]) }
}
