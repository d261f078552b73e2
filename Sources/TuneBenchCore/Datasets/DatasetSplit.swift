/// A deterministic, seeded train/validation split that keeps every duplicate group on one side.
public enum DatasetSplit {
    /// For each example, true when it goes to the training side.
    ///
    /// Groups (examples sharing a `group` value) are ordered by a hash of the seed and the group's first example
    /// id, then taken into training until at least `trainFraction` of the examples are there. The same ids,
    /// groups and seed always give the same split.
    public static func assign(ids: [String], group: [Int32], trainFraction: Double, seed: UInt64) -> [Bool] {
        precondition(ids.count == group.count)
        var firstIdOfGroup: [Int32: String] = [:]
        var members: [Int32: [Int]] = [:]
        for (i, g) in group.enumerated() {
            if firstIdOfGroup[g] == nil { firstIdOfGroup[g] = ids[i] }
            members[g, default: []].append(i)
        }
        let order = firstIdOfGroup.map { (group: $0.key, key: StableHash.hash($0.value, seed: seed), id: $0.value) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
        let target = Int((trainFraction * Double(ids.count)).rounded())
        var train = [Bool](repeating: false, count: ids.count)
        var taken = 0
        for entry in order where taken < target {
            for i in members[entry.group]! { train[i] = true }
            taken += members[entry.group]!.count
        }
        return train
    }
}
