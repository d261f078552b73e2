import Foundation
import Testing
import TuneBenchTestSupport

/// The Dataset pane in the real binary: decisions survive a `kill -9` because each is committed before the
/// screen confirms it.
@Suite struct TUIDatasetTests {
    /// Ten small chat examples, one a line.
    static let records = (1...10).map { index in
        #"{"messages":[{"role":"user","content":"Question \#(index) about fragments"},"#
            + #"{"role":"assistant","content":"query { q\#(index) }"}]}"#
    }

    @Test func fiveDecisionsSurviveKillNine() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        try Data((Self.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let imported = try CLI.run(["import", fixture.path, file])
        #expect(imported.status == 0, "\(imported.stderr)")

        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the list, zoomed") { $0[0].contains("› Dataset") && $0.joined().contains("Question 10") }
            for key in ["a", "a", "x", "f", "a"] { try await tmux.send(key) }
            // The fifth decision is confirmed only once it is in the file.
            let screen = try await tmux.waitUntil("the fifth decision stored") {
                $0.last?.contains("accepted #") == true && $0.joined().contains("reviewed 5")
            }
            #expect(screen.joined().contains("▶ · "))  // the selection moved on to the sixth, still pending
            let shell = try await tmux.panePID()
            let app = try #require(childProcesses(of: shell).first)
            #expect(kill(app, SIGKILL) == 0)
            try await tmux.waitFor("[exit 137]")
        }

        let listed = try CLI.run(["examples", fixture.path, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.prefix(6).map { $0["status"] as? String } == ["accepted", "accepted", "rejected", "flagged", "accepted", "pending"])

        // Reopened, the pane shows the five decisions, and undo still reaches the last one.
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the reviewed list") { $0.joined().contains("reviewed 5") && $0.joined().contains("⚑") }
            try await tmux.send("u")
            try await tmux.waitUntil("the fifth decision undone") { $0.last?.contains("back to pending") == true }
            try await tmux.send("q")
        }
        let after = try CLI.run(["examples", fixture.path, "--json"])
        let statuses = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        #expect(statuses[4]["status"] as? String == "pending")
    }
}
