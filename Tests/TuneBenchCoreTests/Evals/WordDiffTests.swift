import Testing
@testable import TuneBenchCore

/// The word diff the Evals pane shows between two outputs.
@Suite struct WordDiffTests {
    private func text(_ pieces: [WordDiff.Piece]) -> String { pieces.map(\.text).joined() }

    @Test func oneChangedWordIsRemovedOnOneSideAndAddedOnTheOther() {
        let sides = WordDiff.diff("query { issues(first: \"5\") { title } }", "query { issues(first: 5) { title } }")
        #expect(sides.old == [.init(.same, "query { issues(first: "), .init(.removed, "\"5\") "), .init(.same, "{ title } }")])
        #expect(sides.new == [.init(.same, "query { issues(first: "), .init(.added, "5) "), .init(.same, "{ title } }")])
        #expect(sides.changedWords == 2)
    }

    @Test func eachSideJoinsBackToItsTextExactly() {
        let old = "  The capital is Paris.\nIt is\tlarge ", new = "The capital is Lyon. It is large, really"
        let sides = WordDiff.diff(old, new)
        #expect(text(sides.old) == old)
        #expect(text(sides.new) == new)
    }

    @Test func whitespaceAloneIsNotAChange() {
        let sides = WordDiff.diff("a b\nc", "a  b c")
        #expect(sides.changedWords == 0)
        #expect(sides.old.allSatisfy { $0.kind == .same } && sides.new.allSatisfy { $0.kind == .same })
    }

    @Test func theLongestCommonSubsequenceIsKeptInTheMiddle() {
        // A B C D E vs A X C Y E: the common words A C E stay; B, D removed and X, Y added.
        let sides = WordDiff.diff("A B C D E", "A X C Y E")
        #expect(sides.old.map(\.kind) == [.same, .removed, .same, .removed, .same])
        #expect(sides.new.filter { $0.kind == .added }.map(\.text) == ["X ", "Y "])
        // Moved words: only one order can be common.
        let moved = WordDiff.diff("one two three", "three one two")
        #expect(moved.changedWords == 2)
        #expect(moved.new.first == .init(.added, "three "))
    }

    @Test func emptyTextsAndWholeReplacements() {
        #expect(WordDiff.diff("", "") == WordDiff.Sides(old: [], new: [], changedWords: 0))
        let added = WordDiff.diff("", "new words")
        #expect(added.old.isEmpty && added.new == [.init(.added, "new words")])
        let replaced = WordDiff.diff("x y", "p q")
        #expect(replaced.old == [.init(.removed, "x y")] && replaced.new == [.init(.added, "p q")])
    }

    @Test func tooLargeAMiddleIsShownRemovedAndAddedWhole() {
        let old = (0..<2_100).map { "a\($0)" }.joined(separator: " ")
        let new = (0..<2_100).map { "b\($0)" }.joined(separator: " ")
        let sides = WordDiff.diff("same " + old + " end", "same " + new + " end")
        #expect(sides.old.map(\.kind) == [.same, .removed, .same])
        #expect(text(sides.new) == "same " + new + " end")
    }
}
