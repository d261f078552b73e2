import Testing
import TerminalUI

@Suite struct LayoutTests {
    @Test func lengthsFirstThenFillsShareTheRest() {
        let rects = Layout.vertical([.length(1), .fill(1), .length(1)], in: Rect(x: 0, y: 0, width: 10, height: 24))
        #expect(rects.map(\.height) == [1, 22, 1])
        #expect(rects.map(\.y) == [0, 1, 23])
    }

    @Test func fillsCoverTheRectangleExactly() {
        let rects = Layout.horizontal([.fill(1), .fill(1)], in: Rect(x: 2, y: 0, width: 11, height: 1))
        #expect(rects.map(\.width) == [6, 5])
        #expect(rects.map(\.x) == [2, 8])
    }

    @Test func lengthsShrinkWhenThereIsNoRoom() {
        let rects = Layout.vertical([.length(3), .length(3), .fill(1)], in: Rect(x: 0, y: 0, width: 1, height: 4))
        #expect(rects.map(\.height) == [3, 1, 0])
    }

    @Test func centeredRectIsClippedAndCentred() {
        let outer = Rect(x: 0, y: 0, width: 20, height: 10)
        #expect(outer.centered(Size(width: 10, height: 4)) == Rect(x: 5, y: 3, width: 10, height: 4))
        #expect(outer.centered(Size(width: 30, height: 4)).width == 20)
    }
}
