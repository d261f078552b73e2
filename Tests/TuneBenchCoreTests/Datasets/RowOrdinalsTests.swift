import Testing
import TuneBenchCore

@Suite struct RowOrdinalsTests {
    @Test func contiguousIdsNeedNoList() {
        let ordinals = RowOrdinals(count: 5, first: 11, last: 15) { _ in Issue.record("ids read") }
        #expect((11...15).map(ordinals.ordinal(of:)) == [0, 1, 2, 3, 4])
    }

    @Test func idsWithGapsAreFoundByPosition() {
        let ids: [Int64] = [3, 4, 9, 100, 101, 5_000]
        let ordinals = RowOrdinals(count: ids.count, first: 3, last: 5_000) { body in ids.forEach(body) }
        #expect(ids.map(ordinals.ordinal(of:)) == Array(0..<6))
    }

    @Test func idsSpanningMoreThan32BitsAreKeptWhole() {
        let ids: [Int64] = [1, 2, 1 << 40]
        let ordinals = RowOrdinals(count: ids.count, first: 1, last: 1 << 40) { body in ids.forEach(body) }
        #expect(ids.map(ordinals.ordinal(of:)) == [0, 1, 2])
    }
}
