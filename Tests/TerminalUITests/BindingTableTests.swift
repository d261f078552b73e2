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
        let clashing = BindingTable(table.rows + [Binding([.enter], .up, scope: .global, group: "Move", help: "dup")])
        #expect(clashing.conflicts().map(\.description) == ["enter in global: zoom, up"])
    }

    @Test func completionAndGroups() {
        #expect(table.longNames(startingWith: "s") == ["scroll"])
        let groups = table.groups(in: [.pane("list"), .global])
        #expect(groups.map(\.group) == ["Move", "App", "Panes"])
        // Every row of those scopes once, each under its own group, in table order within a scope.
        let listed = groups.flatMap { group in group.rows.map { (group.group, $0) } }
        let expected = table.rows.indices.filter { [BindingScope.pane("list"), .global].contains(table.rows[$0].scope) }
        #expect(listed.map(\.1).sorted() == expected)
        #expect(listed.allSatisfy { table.rows[$0.1].group == $0.0 })
    }

    @Test func markdownListsEveryRowByScope() {
        let text = table.markdown(title: "Keys", scopeTitles: { $0.description })
        #expect(text.contains("## global"))
        #expect(text.contains("| `z` `enter` | `zoom` | Panes | zoom |"))
        #expect(text.contains("## overlay help"))
    }
}
