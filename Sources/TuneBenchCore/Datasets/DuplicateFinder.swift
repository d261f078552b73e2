/// Finds exact and near duplicates across a whole dataset from its fingerprints held in memory, by the rules of
/// ``DuplicateClusters`` (dataset validation applies the same rules to fingerprints SQLite sorts, band by band).
///
/// Memory: per example the caller's 64 bytes of sketch + 8 of hash, plus about 20 bytes here (8 of sort word,
/// 9 of ``DuplicateClusters``, 1 of empty flag, 2 of results) and 8 more with `groups`.
///
/// Exact: equal content hashes; every occurrence after the first is an `exact_duplicate`. Near: MinHash
/// locality-sensitive hashing (``bands`` bands of ``rowsPerBand`` bins) proposes pairs, kept when the estimated
/// Jaccard similarity of the word 3-grams is at least `threshold`; every member of a similar cluster after its
/// first is a `near_duplicate`. With `groups`, also the clusters a split keeps on one side.
public struct DuplicateFinder: Sendable {
    public var threshold: Double
    /// Bands of a sketch for locality-sensitive hashing: examples sharing one band's bins are compared.
    public static let bands = 8
    /// Sketch values (16 bits each) per band.
    public static let rowsPerBand = MinHashSketch.size / bands

    public init(threshold: Double = 0.8) { self.threshold = threshold }

    /// The result for `exactHashes.count` examples; `sketches` holds `MinHashSketch.size` values per example.
    public func analyse(exactHashes: [UInt64], sketches: [UInt16], groups wantGroups: Bool = true) -> DuplicateReport {
        let n = exactHashes.count
        let size = MinHashSketch.size
        var sorter = PackedSorter(count: n)
        var groups = UnionFind(count: wantGroups ? n : 0)
        var clusters = DuplicateClusters(count: n, threshold: threshold)
        func sketch(_ i: Int) -> ArraySlice<UInt16> { sketches[(i * size)..<(i * size + size)] }
        sorter.sortedRuns(keys: { exactHashes[$0] }) { run in
            // Equal truncated keys: split on the full hash, in dataset order within each hash.
            var heads = RunHeads<UInt64>()
            for k in run.sorted(by: { (exactHashes[$0], $0) < (exactHashes[$1], $1) }) {
                guard let original = heads.head(of: k, key: exactHashes[k]) else { continue }
                clusters.markExact(k)
                if wantGroups { groups.union(original, k) }
            }
        }
        let included = (0..<n).map { !clusters.isExact($0) && !sketch($0).allSatisfy { $0 == MinHashSketch.empty } }
        for band in 0..<Self.bands {
            func key(_ i: Int) -> UInt64 {
                let base = i * size + band * Self.rowsPerBand
                var key: UInt64 = 0
                for r in 0..<Self.rowsPerBand { key = key << 16 | UInt64(sketches[base + r]) }
                return key
            }
            sorter.sortedRuns(include: { included[$0] }, keys: key) { run in
                // Equal truncated keys: split on the full band key, so each run's head is the one SQLite's sort gives.
                var heads = RunHeads<UInt64>()
                for other in run.sorted(by: { (key($0), $0) < (key($1), $1) }) {
                    guard let head = heads.head(of: other, key: key(other)) else { continue }
                    if clusters.consider(head: head, candidate: other, sketches: { (sketch(head), sketch(other)) }),
                       wantGroups {
                        groups.union(head, other)
                    }
                }
            }
        }
        clusters.settle()
        return DuplicateReport(exact: (0..<n).map(clusters.isExact), near: (0..<n).map(clusters.isNear),
                               group: wantGroups ? (0..<n).map { Int32(groups.find($0)) } : [])
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
