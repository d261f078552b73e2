import Testing
import TerminalUI

@Suite struct KeyTests {
    @Test(arguments: ["j", "?", "ctrl-r", "shift-tab", "enter", "esc", "pgup", "pgdn", "f1", "space", "up", "tab"])
    func namesRoundTrip(name: String) throws {
        let key = try #require(Key(name: name))
        #expect(key.name == name)
    }

    @Test func labelsAreReadable() {
        #expect(Key.control("r").label == "Ctrl-R")
        #expect(Key.backTab.label == "Shift-Tab")
        #expect(Key.enter.label == "Enter")
        #expect(Key.up.label == "↑")
    }

    @Test func unknownNamesAreRejected() {
        #expect(Key(name: "ctrl-") == nil)
        #expect(Key(name: "hyper-x") == nil)
    }
}
