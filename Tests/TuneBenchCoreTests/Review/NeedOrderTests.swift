import Testing
import TuneBenchCore

@Suite struct NeedOrderTests {
    @Test func sectionsComeInOrderAndTheRestKeepsDatasetOrder() {
        // Rowids 1...10: 9 flagged, 7 fails the grader, 5 is an outlier, 2/4/8 one group, 6 has an error.
        let facts = NeedFacts(
            rowIDs: Array(1...10),
            statuses: [.pending, .pending, .pending, .pending, .pending, .pending, .pending, .pending, .flagged, .pending],
            errors: [5: [.turnOrder, .missingContent]],
            groups: [1: DuplicateMembership(group: 1, size: 3, exact: false),
                     3: DuplicateMembership(group: 1, size: 3, exact: false),
                     7: DuplicateMembership(group: 1, size: 3, exact: false)],
            outliers: [4: TokenOutlier(tokens: 9_812, bound: 1_204, isLong: true, estimated: false)],
            graderFailures: [6: "JSON Schema"])
        let queue = NeedOrder.queue(facts)
        #expect(queue.rowIDs == [6, 2, 4, 8, 5, 7, 9, 1, 3, 10])
        #expect(queue.reasons.map(\.text) == [
            "validation error: missing_content, turn_order",
            "near-duplicate group of 3", "near-duplicate group of 3", "near-duplicate group of 3",
            "tokens 9,812: outlier (p99 1,204)",
            "fails the JSON Schema grader",
            "flagged",
        ])
        #expect(queue.reason(at: 7) == nil)
        #expect(queue.sectionCounts == ["error": 1, "duplicate": 3, "outlier": 1, "grader": 1, "flagged": 1])
    }

    @Test func aGroupStaysTogetherInTheOrderOfItsFirstMember() {
        // Groups A (rowids 1, 4) and B (2, 3, 5): A first, because its first member comes first.
        let a = DuplicateMembership(group: 100, size: 2, exact: true), b = DuplicateMembership(group: 7, size: 3, exact: false)
        let facts = NeedFacts(rowIDs: [1, 2, 3, 4, 5], statuses: Array(repeating: .pending, count: 5),
                              groups: [0: a, 1: b, 2: b, 3: a, 4: b])
        let queue = NeedOrder.queue(facts)
        #expect(queue.rowIDs == [1, 4, 2, 3, 5])
        #expect(queue.reasons.first?.text == "exact-duplicate group of 2")
    }

    @Test func anExampleTakesItsFirstSectionOnly() {
        // An error and a group member at once: the error section; its group's other member stays in the group.
        let group = DuplicateMembership(group: 1, size: 2, exact: false)
        let facts = NeedFacts(rowIDs: [10, 20], statuses: [.pending, .pending], errors: [1: [.missingContent]],
                              groups: [0: group, 1: group])
        let queue = NeedOrder.queue(facts)
        #expect(queue.rowIDs == [20, 10])
        #expect(queue.reasons.map(\.kind) == ["error", "duplicate"])
    }

    @Test func decidedExamplesJoinTheRest() {
        let facts = NeedFacts(rowIDs: [1, 2, 3], statuses: [.pending, .rejected, .accepted],
                              errors: [1: [.missingContent], 2: [.missingContent]])
        let queue = NeedOrder.queue(facts)
        #expect(queue.rowIDs == [1, 2, 3])
        #expect(queue.reasons.isEmpty)
    }

    @Test func filteringKeepsOrderAndReasons() {
        let facts = NeedFacts(rowIDs: [1, 2, 3], statuses: [.pending, .flagged, .pending], errors: [2: [.missingContent]])
        let queue = NeedOrder.queue(facts).filtered { $0 != 3 }
        #expect(queue.rowIDs == [2, 1])
        #expect(queue.reasons == [.flagged])
    }

    @Test func outliersNeedTheFenceAndThePercentile() {
        let tokens: [Int32] = Array(repeating: 100, count: 20) + [101, 99, 5_000, 3]
        let bounds = TokenOutlierBounds(tokens: tokens, estimated: true)!
        #expect(bounds.outlier(5_000)?.text == "tokens (estimate) 5,000: outlier (p99 3,873)")
        #expect(bounds.outlier(3)?.isLong == false)
        #expect(bounds.outlier(101) == nil)
        #expect(bounds.outlier(99) == nil)
        // The longest of a tight dataset is not an outlier for being the longest.
        let tight = TokenOutlierBounds(tokens: [100, 110, 120, 130, 140, 150], estimated: false)!
        #expect(tight.outlier(150) == nil)
        #expect(TokenOutlierBounds(tokens: [1, 2, 3], estimated: false) == nil)
    }

    @Test func orderCyclesAndNumbersGroupThousands() {
        #expect(ReviewOrder.dataset.next == .need)
        #expect(ReviewOrder.need.next == .dataset)
        #expect(TokenOutlier(tokens: 1_234_567, bound: 12, isLong: false, estimated: false).text
                == "tokens 1,234,567: outlier (p1 12)")
    }
}

