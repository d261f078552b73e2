/// The dense per-example state of a duplicate search over `count` examples indexed in dataset order, fed with
/// fingerprints sorted by whoever holds them: ``DuplicateFinder`` sorts in memory, dataset validation lets SQLite
/// sort (so it never holds the sketches or hashes of a whole dataset).
///
/// The rules, shared by both: in a run of equal content hashes the first example (in dataset order) is the
/// original and every later one an `exact_duplicate`; in a run of equal band keys (one of
/// ``DuplicateFinder/bands`` slices of a sketch) over the examples that are neither exact duplicates nor empty,
/// every later example is compared with the run's first and their clusters join when the estimated similarity is
/// at least `threshold`; after all bands, every member of a cluster of two or more after its first is a
/// `near_duplicate`. Joining is transitive and does not depend on the order runs are visited in.
///
/// Memory: per example 9 bytes (an `Int32` parent and an `Int32` size of a union-find, one byte of flags).
public struct DuplicateClusters: Sendable {
    /// The least estimated Jaccard similarity of a near duplicate.
    public let threshold: Double
    private var similar: UnionFind
    private var flags: [UInt8]
    private static let exactFlag: UInt8 = 1, nearFlag: UInt8 = 2, seenFlag: UInt8 = 4

    public init(count: Int, threshold: Double) {
        self.threshold = threshold
        similar = UnionFind(count: count)
        flags = [UInt8](repeating: 0, count: count)
    }

    /// How many examples the search covers.
    public var count: Int { flags.count }

    /// Records that example `index` repeats an earlier example with the same content hash.
    public mutating func markExact(_ index: Int) { flags[index] |= Self.exactFlag }

    /// True when example `index` is an exact duplicate (it then takes part in no band run).
    public func isExact(_ index: Int) -> Bool { flags[index] & Self.exactFlag != 0 }

    /// Compares `candidate` with `head`, the first example of their band run, unless they are in one cluster
    /// already; `sketches` gives both sketches (head's first) and is only called when they are compared.
    /// Returns true when their clusters were joined.
    @discardableResult
    public mutating func consider(head: Int, candidate: Int,
                                  sketches: () throws -> (ArraySlice<UInt16>, ArraySlice<UInt16>)) rethrows -> Bool {
        guard similar.find(head) != similar.find(candidate) else { return false }
        let (a, b) = try sketches()
        guard MinHashSketch.similarity(a, b) >= threshold else { return false }
        similar.union(head, candidate)
        return true
    }

    /// Marks the near duplicates once every band has been considered: each member of a cluster of two or more
    /// after its first in dataset order.
    public mutating func settle() {
        for i in flags.indices where flags[i] & Self.exactFlag == 0 {
            let root = similar.find(i)
            guard similar.size(of: root) > 1 else { continue }
            if flags[root] & Self.seenFlag != 0 { flags[i] |= Self.nearFlag } else { flags[root] |= Self.seenFlag }
        }
    }

    /// True when example `index` is a near duplicate (after ``settle()``).
    public func isNear(_ index: Int) -> Bool { flags[index] & Self.nearFlag != 0 }
}

/// Follows a stream of examples sorted by a key and then by dataset order, naming each one's run head: the first
/// example with its key.
public struct RunHeads<Key: Equatable> {
    private var key: Key?
    private var head = 0

    public init() {}

    /// The head of the run `index` belongs to, or nil when `index` starts a run (it is the head).
    public mutating func head(of index: Int, key: Key) -> Int? {
        if let current = self.key, current == key { return head }
        self.key = key
        head = index
        return nil
    }
}
