import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// Bulk review on the filter: `B` and `:`, a question stating the count, one step of undo.
@Suite struct DatasetBulkTests {
    func type(_ text: String, into session: DatasetSession, command: Bool = false) {
        for character in text {
            session.runtime.dispatch(command ? .commandInput(.insert(character)) : .dataset(.promptInput(.insert(character))))
        }
    }

    @Test func acceptValidAsksWithTheCountStoresAllAndUndoesInOneStep() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "B")
        #expect(session.lines.last?.contains("bulk, on the filter: a accept valid") == true)
        await session.press("a")
        // 30 examples, one with an error: nothing is stored before the answer.
        #expect(session.lines.last?.contains("Accept 29 valid pending examples? y yes  n no") == true)
        #expect(try session.store.reviewCounts().accepted == 0)
        await session.press("y")
        #expect(try session.store.reviewCounts() == ReviewCounts(pending: 1, accepted: 29))
        #expect(session.runtime.state.message?.text == "accepted 29 examples (u to undo)")
        #expect(session.text.contains("reviewed 29"))
        #expect(session.runtime.state.dataset.page.rows.filter { $0.status == .accepted }.count == 29)
        await session.press("u")
        #expect(try session.store.reviewCounts() == ReviewCounts(pending: 30))
        #expect(session.runtime.state.message?.text == "undone: 29 examples back to pending (Ctrl-R redo)")
        #expect(session.runtime.state.dataset.page.rows.allSatisfy { $0.status == .pending })
    }

    @Test func answeringNoStoresNothing() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "B", "d")
        // The fixture has no duplicates: nothing to ask.
        #expect(session.runtime.state.dataset.overlay == nil)
        #expect(session.runtime.state.message == StatusMessage("no duplicate to reject", kind: .warning))
        await session.press("B", "a", "n")
        #expect(session.runtime.state.dataset.overlay == nil)
        #expect(try session.store.editHistory().isEmpty)
    }

    @Test func tagAllFromTheCommandLineOnlyTouchesTheFilter() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "a", "a", "F")
        type("status=accepted", into: session)
        await session.press("enter", ":")
        type("dataset-bulk-tag", into: session, command: true)
        await session.press("enter")
        type("checked", into: session)
        await session.press("enter")
        #expect(session.lines.last?.contains("Tag 2 examples \"checked\" (filter: status=accepted)?") == true)
        await session.press("y")
        let tagged = try session.store.examples().map { try session.store.reviewState(of: $0.id).tags }
        #expect(tagged.filter { $0 == ["checked"] }.count == 2)
        #expect(tagged.prefix(2).allSatisfy { $0 == ["checked"] })
        #expect(session.runtime.state.message?.text == "tagged \"checked\" 2 examples (u to undo)")
    }

    @Test func theMenuOpensTheTagPromptAndEscapeCancels() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "B", "esc")
        #expect(session.runtime.state.dataset.overlay == nil)
        await session.press("B", "t")
        #expect(session.lines.last?.hasPrefix("tag every example of the filter:") == true)
        type("all", into: session)
        await session.press("enter")
        #expect(session.lines.last?.contains("Tag 30 examples \"all\"?") == true)
        await session.press("esc")
        #expect(try session.store.editHistory().isEmpty)
    }

    @Test func nothingToDoInTheFilterIsSaid() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "F")
        type("error:empty_assistant_content", into: session)
        await session.press("enter", "B", "a")
        #expect(session.runtime.state.message?.text == "no valid pending example in the filter error:empty_assistant_content")
    }
}
