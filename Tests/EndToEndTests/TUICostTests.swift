import Foundation
import Testing
import TuneBenchTestSupport

/// The Cost pane in the real binary: an assumption edited in place changes the totals on screen, a refused
/// value says why, and the accepted one is in the project file for `tunebench cost`.
@Suite struct TUICostTests {
    @Test func editAnAssumptionSeeTheTotalsChangeAndFindItStored() async throws {
        let fixture = try TUIFixture()
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("4", "z")
            try await tmux.waitUntil("the Cost form, zoomed") {
                $0[0].contains("› Cost") && $0.joined().contains("▶ engineer cost")
                    && $0.joined().contains("large + RAG           $28,800")
            }
            // calls_per_month is the 19th field: 300k calls a month become a million.
            for _ in 0..<18 { try await tmux.send("j") }
            try await tmux.waitUntil("calls selected") { $0.joined().contains("calls_per_month  calls/month  allowed: >= 0") }
            try await tmux.send("e")
            try await tmux.waitUntil("the line editor") { $0.joined().contains("✎ calls") }
            for _ in 0..<24 { try await tmux.send("BSpace") }
            try await tmux.type("lots")
            try await tmux.send("Enter")
            try await tmux.waitUntil("refused with the reason") {
                $0.joined().contains("✘ calls_per_month needs a number (calls/month), got") && $0.joined().contains("'lots'")
            }
            for _ in 0..<4 { try await tmux.send("BSpace") }
            try await tmux.type("1000000")
            try await tmux.send("Enter")
            let stored = try await tmux.waitUntil("recomputed and stored") {
                $0.joined().contains("large + RAG           $96,000") && $0.last?.contains("stored: calls_per_month") == true
            }
            #expect(stored.joined().contains("month 7"))
            try await tmux.send("q")
        }
        let cost = try CLI.run(["cost", fixture.path, "--json"])
        #expect(cost.status == 0, "\(cost.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cost.stdout.utf8)) as? [String: Any])
        let calls = try #require((json["assumptions"] as? [String: [String: Any]])?["calls_per_month"])
        #expect(calls["value"] as? Double == 1_000_000)
        #expect(json["break_even_month"] as? Int == 7)
    }
}
