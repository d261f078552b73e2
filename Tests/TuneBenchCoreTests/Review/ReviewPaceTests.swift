import Foundation
import Testing
import TuneBenchCore

@Suite struct ReviewPaceTests {
    /// Decisions `gaps` seconds apart (the first at t = 0), alternating the given kinds.
    static func decisions(gaps: [Double], kinds: [ReviewDecisionKind]) -> [ReviewDecision] {
        var at = 0.0
        return ([0] + gaps).enumerated().map { index, gap in
            at += gap
            let kind = kinds[index % kinds.count]
            return ReviewDecision(at: Date(timeIntervalSince1970: 1_000_000 + at), kind: kind, accepted: kind == .accept)
        }
    }

    @Test func breaksAreNotReviewTimeAndStartASession() {
        let gaps = Array(repeating: 4.0, count: 10) + [900] + Array(repeating: 6.0, count: 10)
        let pace = ReviewPace.measure(Self.decisions(gaps: gaps, kinds: [.accept]))
        #expect(pace.decisions == 22)
        #expect(pace.sessions == 2)
        #expect(pace.activeSeconds == 100)
        #expect(pace.breakSeconds == 900)
        #expect(pace.secondsPerDecision?.median == 5)
        #expect(pace.secondsPerDecision?.p90 == 6)
        #expect(pace.decisionsPerHour == 720)
        #expect(pace.sessionDecisionsPerHour == 600)  // the latest session: 6 s each
        #expect(pace.isMeasured)
    }

    @Test func perKindSpreadsAndAcceptRate() {
        // accept, edit, accept, edit...: edits take 30 s, accepts 3 s.
        let gaps = (0..<21).map { $0 % 2 == 0 ? 30.0 : 3.0 }
        let pace = ReviewPace.measure(Self.decisions(gaps: gaps, kinds: [.accept, .edit]))
        #expect(pace.secondsPerKind[.edit]?.median == 30)
        #expect(pace.secondsPerKind[.accept]?.median == 3)
        #expect(pace.byKind[.accept] == 11)
        #expect(pace.acceptRate == 11.0 / 22.0)
    }

    @Test func underTwentyDecisionsTheProjectionUsesTheAssumption() {
        let pace = ReviewPace.measure(Self.decisions(gaps: Array(repeating: 2, count: 10), kinds: [.accept]))
        #expect(!pace.isMeasured)
        #expect(pace.minutesPerAcceptedExample == nil)
        let projection = ReviewProjection(pace: pace, target: ReviewTarget(needed: 300, source: "test"), accepted: 60,
                                          assumedMinutesPerExample: CostRange(low: 6, expected: 10, high: 16))
        #expect(projection.basis == .assumed)
        #expect(projection.remaining == 240)
        #expect(projection.hours == CostRange(low: 24, expected: 40, high: 64))
    }

    @Test func measuredProjectionDividesByTheAcceptRate() {
        // 30 decisions 12 s apart, half accepted: 24 s of review per accepted example.
        let pace = ReviewPace.measure(Self.decisions(gaps: Array(repeating: 12, count: 29), kinds: [.accept, .reject]))
        let projection = ReviewProjection(pace: pace, target: ReviewTarget(needed: 300, source: "test"), accepted: 150,
                                          assumedMinutesPerExample: .exactly(10))
        #expect(pace.acceptRate == 0.5)
        #expect(projection.hours?.expected == 150 * 24 / 3600.0)
        #expect(projection.basis == .measured("measured from 30 decisions over 5.8 minutes"))
    }

    @Test func decisionKindsFromReviewEdits() {
        let now = Date()
        let pending = ReviewState()
        #expect(ReviewDecision(ReviewEdit(exampleID: "a", before: pending, after: ReviewState(status: .rejected)), at: now)?.kind == .reject)
        #expect(ReviewDecision(ReviewEdit(exampleID: "a", before: ReviewState(status: .accepted), after: pending), at: now) == nil)
        #expect(ReviewDecision(ReviewEdit(exampleID: "a", before: pending, after: ReviewState(tags: ["x"])), at: now) == nil)
    }
}
