import Testing
import TerminalUI

/// The one set of typing actions every line uses.
struct TextInputActionTests {
    @Test func typingEditsAtTheCursor() {
        var line = CommandLineState(text: "ac")
        line.apply(.cursor(-1))
        line.apply(.insert("b"))
        #expect(line.text == "abc")
        #expect(line.cursor == 2)
        line.apply(.cursor(5))
        #expect(line.cursor == 3, "the cursor stops at the end")
    }

    @Test func backspaceOnAnEmptyLineAsksToClose() {
        var line = CommandLineState(text: "a")
        let deleted = line.apply(.deleteBackward)
        #expect(deleted)
        #expect(line.text.isEmpty)
        let keepsOpen = line.apply(.deleteBackward)
        #expect(!keepsOpen)
    }

    @Test func clearEmptiesTheLine() {
        var line = CommandLineState(text: "status=pending tag:x")
        line.apply(.clear)
        #expect(line == CommandLineState())
    }

    @Test func completeWorksOnTheLastWordOnly() {
        var line = CommandLineState(text: "status=pending tag:ne")
        line.apply(.complete, candidates: ["tag:nested", "tag:new", "status=pending"])
        #expect(line.text == "status=pending tag:ne", "two matches share only the typed prefix")
        line.apply(.insert("s"))
        line.apply(.complete, candidates: ["tag:nested", "tag:new"])
        #expect(line.text == "status=pending tag:nested")
        var single = CommandLineState(text: "focus-ev")
        single.apply(.complete, candidates: ["focus-evals", "focus-cost"])
        #expect(single.text == "focus-evals")
    }

    @Test func namesAndKeysComeFromOnePlace() {
        #expect(TextInputAction.deleteBackward.longName(prefix: "dataset-prompt") == "dataset-prompt-delete-backward")
        #expect(TextInputAction.cursor(-1).longName(prefix: "command") == "command-cursor-left")
        #expect(TextInputAction.clear.keys == [.control("u")])
        #expect(TextInputAction.bound(completes: false).contains(.complete) == false)
        #expect(TextInputAction.bound(completes: true).last == .complete)
    }
}
