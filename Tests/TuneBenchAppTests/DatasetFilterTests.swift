import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The filter prompt's newer words (role, tokens, dup) and saved filters (`:filter`).
@Suite struct DatasetFilterTests {
    func filter(_ text: String, in session: DatasetSession) async {
        let current = session.runtime.state.dataset.filter.label.count
        await session.press("F")
        for _ in 0..<current { session.runtime.dispatch(.dataset(.promptInput(.deleteBackward))) }
        for character in text { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
    }

    func command(_ text: String, in session: DatasetSession) async {
        session.runtime.handle(Key(name: ":")!)
        for character in text { session.runtime.dispatch(.commandInput(.insert(character))) }
        await session.press("enter")
    }

    @Test func roleTokensAndCombinedFiltersShowInTheHeader() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        let records = try session.store.examples()
        await session.press("2", "z")
        await filter("role:tool", in: session)
        #expect(session.runtime.state.dataset.page.rows.map(\.id) == [records[5].id])
        #expect(session.lines[0].contains("filter: role:tool") || session.text.contains("filter: role:tool"))
        await filter("tokens>500", in: session)
        #expect(session.runtime.state.dataset.page.rows.map(\.id) == [records[3].id])  // the 10 KB line
        await filter("tokens=1-500 role:system status=pending", in: session)
        #expect(session.runtime.state.dataset.page.rows.count == 28)  // not the long one, not the one without system
        #expect(session.text.contains("filter: status=pending tokens>0 tokens<501 role:system"))
        await filter("dup", in: session)
        #expect(session.runtime.state.dataset.page.rows.isEmpty)
        await filter("tokens>>5", in: session)
        #expect(session.runtime.state.message?.text.hasPrefix("filter: cannot read 'tokens>>5'") == true)
    }

    @Test func aFilterSavedByNameIsRecalledAndKeptInTheProject() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z")
        await filter("role:tool", in: session)
        await command("filter save tools", in: session)
        #expect(session.runtime.state.message?.text == "filter saved as tools: role:tool (:filter tools recalls it)")
        #expect(try session.store.setting("browser.filter.tools") == "role:tool")
        await filter("", in: session)
        #expect(session.runtime.state.dataset.filter.isEmpty)
        await command("filter tools", in: session)
        #expect(session.runtime.state.dataset.filter.role == "tool")
        #expect(session.runtime.state.dataset.page.rows.count == 1)
        await command("filter", in: session)
        #expect(session.runtime.state.message?.text == "saved filters: tools (role:tool)")
        await command("filter nope", in: session)
        #expect(session.runtime.state.message?.text == "no saved filter named nope (:filter lists them)")
        await command("filter delete tools", in: session)
        #expect(try session.store.setting("browser.filter.tools") == nil)
    }
}
