import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The progress the pane shows: reviewed/total, accepted against the target (`:target N`), and the token
/// spread of the accepted examples.
@Suite struct DatasetProgressTests {
    func command(_ text: String, in session: DatasetSession) async {
        session.runtime.handle(Key(name: ":")!)
        for character in text { session.runtime.dispatch(.commandInput(.insert(character))) }
        await session.press("enter")
    }

    @Test func aTargetSetWithColonTargetIsKeptInTheProjectAndShown() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "a", "a")
        await command("target 25", in: session)
        #expect(try session.store.setting("browser.accepted_target") == "25")
        #expect(session.runtime.state.message?.text == "target: 25 accepted examples (u to undo; :target default drops it)")
        // The target is a change of the pane's scope: u takes it back, Ctrl-R puts it back.
        await session.press("u")
        #expect(try session.store.setting("browser.accepted_target") == nil)
        #expect(session.runtime.state.message?.text.hasPrefix("undone: target back to from the problem") == true)
        await session.press("ctrl-r")
        #expect(try session.store.setting("browser.accepted_target") == "25")
        #expect(session.lines[2].contains("30 examples  reviewed 2/30  accepted 2/25"))
        await session.press("z")
        #expect(session.text.contains("accepted 2 / 25 ✘ 23 to go  (set with :target)"))
        await command("target nine", in: session)
        #expect(session.runtime.state.message?.text == "usage: :target N (accepted examples to aim for) or :target default")
        await command("target default", in: session)
        #expect(try session.store.setting("browser.accepted_target") == nil)
        #expect(session.text.contains("accepted 2  (target: Decision's problem or :target N)"))
    }

    @Test func theTargetSurvivesARestart() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        try session.store.setSetting("browser.accepted_target", to: "40")
        await session.press("ctrl-l")
        #expect(session.text.contains("accepted 0 / 40 ✘ 40 to go  (set with :target)"))
    }

    @Test func acceptedExamplesHaveTheirOwnSparklineThatFollowsDecisions() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        let spread = { try #require(session.lines.firstIndex { $0.contains("  all ") }) }
        #expect(try !session.lines[spread() + 1].contains("accepted"))  // none accepted yet: no line
        await session.press("2", "z", "a", "a", "a")
        let accepted = { session.runtime.state.dataset.statistics?.acceptedHistogram.reduce(0, +) }
        #expect(accepted() == 3)
        await session.press("u")
        #expect(accepted() == 2)
        // The zoomed header ends with it; the summary shows it under the spread of all examples.
        #expect(session.lines[2].contains("reviewed 2/30  accepted 2 █"))
        await session.press("z")
        #expect(try session.lines[spread() + 1].contains("█             accepted"))
        // A fresh read from the store agrees.
        await session.press("ctrl-l")
        #expect(accepted() == 2)
    }
}
