import Foundation
import Testing
import TerminalUI
import TuneBenchApp

@Suite struct BindingsTests {
    @Test func noKeyIsBoundTwiceInOneScope() {
        #expect(Bindings.table.conflicts().map(\.description) == [])
    }

    @Test func aCommandNameAlwaysMeansTheSameAction() {
        var actions: [String: Action] = [:]
        for row in Bindings.table.rows {
            if let earlier = actions[row.longName] { #expect(earlier == row.action, "\(row.longName)") }
            actions[row.longName] = row.action
        }
    }

    @Test func docsKeysMdMatchesTheBindingTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        #expect(committed == Bindings.markdown(), "docs/keys.md is stale: run `tunebench keys --markdown > docs/keys.md`")
    }

    @Test func resolutionPrefersTheOpenOverlayThenTheFocusedPane() {
        let helpOpen = state(after: [.showHelp])
        #expect(KeyResolver.action(for: .character("q"), in: helpOpen) == .closeOverlay)
        #expect(KeyResolver.action(for: .character("j"), in: sampleState(width: 80, height: 24)) == .decision(.scroll(.down)))
        #expect(KeyResolver.action(for: .character("q"), in: sampleState(width: 80, height: 24)) == .quit)
    }

    @Test func printableKeysAreTypedIntoTheCommandLine() {
        let open = state(after: [.openCommandLine])
        #expect(KeyResolver.action(for: .character("q"), in: open) == .commandInput(.insert("q")))
        #expect(KeyResolver.action(for: .tab, in: open) == .commandInput(.complete))
    }

    @Test func aPaneOverlayIsModalAndTypedIntoWhereverTheFocusIs() {
        var open = sampleState(width: 100, height: 30)
        open.dataset.overlay = .prompt(DatasetPrompt(purpose: .search))
        open.focus = .evals
        #expect(Bindings.activeScopes(open) == [.overlay("prompt")])
        #expect(KeyResolver.action(for: .character("q"), in: open) == .dataset(.promptInput(.insert("q"))))
        #expect(KeyResolver.action(for: .control("u"), in: open) == .dataset(.promptInput(.clear)))
        var closed = open
        _ = update(&closed, .closeOverlay)
        #expect(closed.dataset.overlay == nil)
        #expect(KeyResolver.action(for: .character("q"), in: closed) == .quit)
        var menu = sampleState(width: 100, height: 30)
        menu.dataset.overlay = .bulkMenu
        #expect(KeyResolver.action(for: .character("x"), in: menu) == nil, "a menu is not typed into")
    }

    @Test func helpListsEveryOverlayScopeOfTheTable() {
        let scopes = Bindings.helpScopes(sampleState(width: 100, height: 30))
        for row in Bindings.table.rows { #expect(scopes.contains(row.scope), "\(row.scope) missing from help") }
    }

    @Test func aDisabledBindingExplainsItselfInsteadOfActing() {
        let reading = state(after: [.taskStarted(TaskID(1), title: AppTask.loadProject.title)])
        guard case .showMessage(let message) = KeyResolver.action(for: .control("l"), in: reading) else {
            Issue.record("expected a message")
            return
        }
        #expect(message.text == "reload-project: already reading")
    }
}
