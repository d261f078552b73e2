import Testing
import TerminalUI

@Suite struct BindingTableTests {
    enum TestAction: String, NamedAction { case quit, zoom, up, scroll
        var longName: String { rawValue } }
    typealias Table = BindingTable<TestAction, Int>

    let table = Table([
        Binding([.character("q")], .quit, scope: .global, group: "App", help: "quit"),
        Binding([.character("z"), .enter], .zoom, scope: .global, group: "Panes", help: "zoom"),
        Binding([.character("k")], .up, scope: .pane("list"), group: "Move", help: "up",
                disabledReason: { $0 == 0 ? "empty list" : nil }),
        Binding([.character("q")], .scroll, scope: .overlay("help"), group: "Help", help: "close"),
    ])

    @Test func innerScopesWin() {
        #expect(table.resolve(.character("q"), in: [.overlay("help"), .global])?.action == .scroll)
        #expect(table.resolve(.character("q"), in: [.pane("list"), .global])?.action == .quit)
        #expect(table.resolve(.character("k"), in: [.global]) == nil)
    }

    @Test func disabledReasonsComeFromTheContext() {
        let row = table.resolve(.character("k"), in: [.pane("list")])
        #expect(row?.disabledReason(0) == "empty list")
        #expect(row?.disabledReason(3) == nil)
    }

    @Test func conflictsAreReportedPerScope() {
        #expect(table.conflicts().isEmpty)
        var clashing = table
        clashing.rows.append(Binding([.enter], .up, scope: .global, group: "Move", help: "dup"))
        #expect(clashing.conflicts().map(\.description) == ["enter in global: zoom, up"])
    }

    @Test func completionAndGroups() {
        #expect(table.longNames(startingWith: "s") == ["scroll"])
        #expect(table.groups(in: [.pane("list"), .global]).map(\.group) == ["Move", "App", "Panes"])
    }

    @Test func markdownListsEveryRowByScope() {
        let text = table.markdown(title: "Keys", scopeTitles: { $0.description })
        #expect(text.contains("## global"))
        #expect(text.contains("| `z` `enter` | `zoom` | Panes | zoom |"))
        #expect(text.contains("## overlay help"))
    }
}
