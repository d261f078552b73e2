import Testing
import TuneBenchCore

@Suite struct DuplicateClustersTests {
    private let same = ArraySlice([UInt16](repeating: 1, count: MinHashSketch.size))
    private let other = ArraySlice([UInt16](repeating: 2, count: MinHashSketch.size))

    @Test func everyClusterMemberAfterTheFirstIsNearAndExactCopiesStayOut() {
        var clusters = DuplicateClusters(count: 5, threshold: 0.5)
        clusters.markExact(1)
        #expect(clusters.consider(head: 3, candidate: 4) { (same, same) })
        #expect(!clusters.consider(head: 3, candidate: 4) {
            Issue.record("compared inside one cluster")
            return (same, same)
        })
        #expect(!clusters.consider(head: 0, candidate: 2) { (same, other) })
        #expect(clusters.consider(head: 2, candidate: 4) { (same, same) })
        clusters.settle()
        #expect((0..<5).map(clusters.isExact) == [false, true, false, false, false])
        #expect((0..<5).map(clusters.isNear) == [false, false, false, true, true])
    }

    @Test func runHeadsNameTheFirstOfEachKey() {
        var heads = RunHeads<Int>()
        let stream = [(7, 0), (7, 3), (8, 1), (8, 2), (8, 5), (9, 4)]
        #expect(stream.map { heads.head(of: $0.1, key: $0.0) } == [nil, 0, nil, 1, 1, nil])
    }
}
