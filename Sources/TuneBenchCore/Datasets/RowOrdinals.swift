/// The position in ascending order of each of a set of row ids, so per-example state can live in dense arrays
/// even when the ids have gaps (the examples of one dataset usually form one contiguous range, but need not).
///
/// Memory: nothing when the ids are contiguous; otherwise 4 bytes per id (its offset from the first), or 8 when
/// the ids span more than 2^32.
public struct RowOrdinals: Sendable {
    private enum Storage: Sendable { case contiguous, offsets([UInt32]), ids([Int64]) }
    /// How many ids there are.
    public let count: Int
    private let first: Int64
    private let storage: Storage

    /// The ordinals of `count` ids from `first` to `last`; `forEachID` hands every id over in ascending order and
    /// is only called when they are not contiguous.
    public init(count: Int, first: Int64, last: Int64,
                forEachID: (_ body: (Int64) -> Void) throws -> Void) rethrows {
        self.count = count
        self.first = first
        if count == 0 || last - first + 1 == Int64(count) {
            storage = .contiguous
        } else if last - first <= Int64(UInt32.max) {
            var offsets: [UInt32] = []
            offsets.reserveCapacity(count)
            try forEachID { offsets.append(UInt32($0 - first)) }
            storage = .offsets(offsets)
        } else {
            var ids: [Int64] = []
            ids.reserveCapacity(count)
            try forEachID { ids.append($0) }
            storage = .ids(ids)
        }
    }

    /// The position of `id` among the ids (it must be one of them).
    public func ordinal(of id: Int64) -> Int {
        switch storage {
        case .contiguous: return Int(id - first)
        case .offsets(let offsets): return Self.position(of: UInt32(id - first), in: offsets)
        case .ids(let ids): return Self.position(of: id, in: ids)
        }
    }

    private static func position<T: Comparable>(of value: T, in sorted: [T]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        precondition(low < sorted.count && sorted[low] == value, "not one of the ids")
        return low
    }
}
