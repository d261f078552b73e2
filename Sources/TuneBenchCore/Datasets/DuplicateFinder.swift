/// Finds exact and near duplicates across a whole dataset from its fingerprints, in memory proportional to the
/// number of examples (64 bytes of sketch + 8 of hash each; a million examples fit in about 100 MB).
///
/// Exact: equal content hashes; every occurrence after the first is an `exact_duplicate`. Near: MinHash
/// locality-sensitive hashing (8 bands of 4 bins) proposes pairs, kept when the estimated Jaccard similarity of
/// the word 3-grams is at least `threshold`; every member of a similar cluster after its first is a
/// `near_duplicate`. Clusters are also the groups a split keeps on one side.
public struct DuplicateFinder: Sendable {
    public var threshold: Double
    static let bands = 8
    static let rowsPerBand = MinHashSketch.size / bands

    public init(threshold: Double = 0.8) { self.threshold = threshold }

    /// The result for `exactHashes.count` examples; `sketches` holds `MinHashSketch.size` values per example.
    public func analyse(exactHashes: [UInt64], sketches: [UInt16]) -> DuplicateReport {
        let n = exactHashes.count
        var groups = UnionFind(count: n)
        var exact = [Bool](repeating: false, count: n)
        // Sorting (hash, index) pairs finds equal hashes in 16 bytes per example, a third of a dictionary's cost.
        var keyed: [(key: UInt64, index: Int32)] = (0..<n).map { (exactHashes[$0], Int32($0)) }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        for k in keyed.indices.dropFirst() where keyed[k].key == keyed[k - 1].key {
            exact[Int(keyed[k].index)] = true
            groups.union(Int(keyed[k - 1].index), Int(keyed[k].index))
        }
        var similar = UnionFind(count: n)
        let size = MinHashSketch.size
        for band in 0..<Self.bands {
            keyed.removeAll(keepingCapacity: true)
            for i in 0..<n where !exact[i] {
                let base = i * size + band * Self.rowsPerBand
                if sketches[(i * size)..<(i * size + size)].allSatisfy({ $0 == MinHashSketch.empty }) { continue }
                var key = UInt64(band)
                for r in 0..<Self.rowsPerBand { key = key << 16 | UInt64(sketches[base + r]) }
                key = StableHash.combine(key, UInt64(band))
                keyed.append((key, Int32(i)))
            }
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            var start = 0
            while start < keyed.count {
                var end = start + 1
                while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
                if end - start > 1 {
                    let head = Int(keyed[start].index)
                    let headSketch = sketches[(head * size)..<(head * size + size)]
                    for k in (start + 1)..<end {
                        let other = Int(keyed[k].index)
                        if similar.find(head) == similar.find(other) { continue }
                        if MinHashSketch.similarity(headSketch, sketches[(other * size)..<(other * size + size)]) >= threshold {
                            similar.union(head, other)
                            groups.union(head, other)
                        }
                    }
                }
                start = end
            }
        }
        var near = [Bool](repeating: false, count: n)
        var seenCluster = Set<Int>()
        for i in 0..<n where !exact[i] {
            let root = similar.find(i)
            if similar.size(of: root) > 1 && !seenCluster.insert(root).inserted { near[i] = true }
        }
        return DuplicateReport(exact: exact, near: near, group: (0..<n).map { Int32(groups.find($0)) })
    }
}

/// Which examples duplicate an earlier one, and the duplicate group of every example (the index of one member).
public struct DuplicateReport: Sendable, Equatable {
    public var exact: [Bool]
    public var near: [Bool]
    public var group: [Int32]
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
