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
        #expect(KeyResolver.action(for: .character("q"), in: open) == .commandInsert("q"))
        #expect(KeyResolver.action(for: .tab, in: open) == .commandComplete)
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
