import Foundation
import GRDB
import Testing
import TuneBenchTestSupport

/// kill -9 of the real TUI at seeded moments in a burst of review keys: every decision the status bar had
/// confirmed is in the file, decisions land in key order (no gap before a stored one), and the file passes
/// `PRAGMA integrity_check` and opens again.
@Suite struct TUIReviewKillTests {
    @Test func confirmedDecisionsSurviveKillsAtRandomMoments() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        let records = (1...80).map { index in
            #"{"messages":[{"role":"user","content":"Question \#(index) about a burst"},"#
                + #"{"role":"assistant","content":"query { q\#(index) }"}]}"#
        }
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["import", fixture.path, file]).status == 0)

        var random = SeededRandom(seed: 20261125)
        var confirmed: Set<String> = []
        for iteration in 0..<6 {
            let keys = Int.random(in: 3...10, using: &random)
            let pause = UInt64.random(in: 0...60, using: &random)
            try await fixture.run(width: 120, height: 36) { tmux in
                try await tmux.send("2", "z")
                try await tmux.waitUntil("the list, zoomed") { $0[0].contains("› Dataset") && $0.joined().contains("Question 1 ") }
                // Start at the first unreviewed example, then a burst of accepts, then a kill at a random moment.
                try await tmux.send("g")
                let top = try await tmux.waitUntil("the first example") { $0.joined().contains("▶ ") }
                if !top.joined().contains("▶ · ") {
                    try await tmux.send("]")
                    try await tmux.waitUntil("the first unreviewed") { $0.joined().contains("▶ · ") }
                }
                for _ in 0..<keys { try await tmux.send("a") }
                try await Task.sleep(for: .milliseconds(pause))
                let screen = try await tmux.capture()
                if let id = Self.confirmedID(in: screen.last ?? "") { confirmed.insert(id) }
                let app = try #require(childProcesses(of: try await tmux.panePID()).first)
                #expect(kill(app, SIGKILL) == 0)
                try await tmux.waitFor("[exit 137]")
            }
            let accepted = try Self.acceptedIDs(fixture.path)
            for id in confirmed {
                #expect(accepted.contains { $0.hasPrefix(id) }, "iteration \(iteration): confirmed #\(id) was lost")
            }
        }
        #expect(!confirmed.isEmpty, "no decision was confirmed before a kill")
        // Writes run in key order: the accepted examples are the first N, with no gap.
        let statuses = try Self.statuses(fixture.path)
        let firstPending = statuses.firstIndex(of: "pending") ?? statuses.count
        #expect(statuses[firstPending...].allSatisfy { $0 == "pending" }, "\(statuses)")
        #expect(try CLI.run(["info", fixture.path]).status == 0)
    }

    /// The short id in "accepted #3f2a9c1e (u to undo)", the status bar's confirmation of a stored decision.
    static func confirmedID(in statusBar: String) -> String? {
        guard let range = statusBar.range(of: "accepted #") else { return nil }
        let id = statusBar[range.upperBound...].prefix { $0.isHexDigit }
        return id.count >= 6 ? String(id) : nil
    }

    /// Every example's status in dataset order, after checking the file's integrity.
    static func statuses(_ project: String) throws -> [String] {
        let queue = try DatabaseQueue(path: project)
        #expect(try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        try queue.close()
        let listed = try CLI.run(["examples", project, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return rows.compactMap { $0["status"] as? String }
    }

    static func acceptedIDs(_ project: String) throws -> [String] {
        let listed = try CLI.run(["examples", project, "--status", "accepted", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return rows.compactMap { $0["id"] as? String }
    }
}
