import Foundation
import Testing
import TuneBenchTestSupport

/// `u` and `Ctrl-R` in the real binary work the same in the four panes, and after a restart: the change made
/// in one session is undone in the next, and `tunebench history` lists it.
@Suite struct TUIUndoAfterRestartTests {
    @Test func decisionAnswer() async throws {
        let fixture = try TUIFixture()
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("z")
            try await tmux.waitUntil("the tree") { $0.joined().contains("What is wrong with the current AI?") }
            try await tmux.send("l")
            try await tmux.waitUntil("answered") { $0.joined().contains("format (you)") }
            try await tmux.send("q")
        }
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("z")
            try await tmux.waitUntil("the answer kept") { $0.joined().contains("format (you)") }
            try await tmux.send("u")
            try await tmux.waitUntil("undone") {
                $0.last?.contains("undone: problem: format → evidence") == true && !$0.joined().contains("format (you)")
            }
            try await tmux.send("C-r")
            try await tmux.waitUntil("redone") { $0.joined().contains("format (you)") && $0.last?.contains("redone:") == true }
            try await tmux.send("q")
        }
        let history = try CLI.run(["history", fixture.path, "--scope", "decision"])
        #expect(history.stdout.contains("decision  done       problem: evidence → format"), "\(history.stdout)")
    }

    @Test func costAssumption() async throws {
        let fixture = try TUIFixture()
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("4", "z", "e")
            try await tmux.waitUntil("the line editor") { $0.joined().contains("✎ engineer cost") }
            for _ in 0..<12 { try await tmux.send("BSpace") }
            try await tmux.type("90")
            try await tmux.send("Enter")
            try await tmux.waitUntil("stored") { $0.last?.contains("stored: hourly_rate = 90") == true }
            try await tmux.send("q")
        }
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("4", "z")
            try await tmux.waitUntil("the value kept") { $0.joined().contains("▶ engineer cost        90 ") }
            try await tmux.send("u")
            try await tmux.waitUntil("undone") {
                $0.last?.contains("undone: hourly_rate: 90 (50-100) → default") == true
                    && $0.joined().contains("▶ engineer cost        75 (50–100)")
            }
            try await tmux.send("C-r")
            try await tmux.waitUntil("redone") { $0.joined().contains("▶ engineer cost        90 ") }
            try await tmux.send("q")
        }
        let cost = try CLI.run(["cost", fixture.path, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cost.stdout.utf8)) as? [String: Any])
        #expect((json["assumptions"] as? [String: [String: Any]])?["hourly_rate"]?["value"] as? Double == 90)
    }

    @Test func datasetDecision() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        try Data((TUIDatasetTests.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["import", fixture.path, file]).status == 0)
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the list") { $0.joined().contains("Question 10") }
            try await tmux.send("x")
            try await tmux.waitUntil("stored") { $0.last?.contains("rejected #") == true }
            try await tmux.send("q")
        }
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the decision kept") { $0.joined().contains("reviewed 1/10") }
            try await tmux.send("u")
            try await tmux.waitUntil("undone") {
                $0.last?.contains("back to pending (Ctrl-R redo)") == true && $0.joined().contains("reviewed 0/10")
            }
            try await tmux.send("C-r")
            try await tmux.waitUntil("redone") { $0.last?.contains("redone: rejected #") == true && $0.joined().contains("reviewed 1/10") }
            try await tmux.send("q")
        }
        let listed = try CLI.run(["examples", fixture.path, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["status"] as? String == "rejected")
    }

    @Test func evalsOverride() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("run.jsonl")
        let cases = (1...3).map { #"{"id":"q-\#($0)","input":"question \#($0)","output":"answer","pass":\#($0 != 2)}"# }
        try Data((cases.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["evals", "import", fixture.path, file, "--name", "base", "--rung", "prompt"]).status == 0)
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("3", "z", "l")
            try await tmux.waitUntil("the first case shown") { $0.joined().contains("q-1  ✔ pass  score") }
            try await tmux.send("o")
            try await tmux.waitUntil("the note prompt") { $0.last?.contains("q-1 → FAIL by hand, note:") == true }
            try await tmux.type("strict")
            try await tmux.send("Enter")
            try await tmux.waitUntil("stored") { $0.last?.contains("q-1: fail by hand (strict) (u to undo)") == true }
            try await tmux.send("q")
        }
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("3", "z")
            try await tmux.waitUntil("the override counted") { $0.joined().contains("3    33%") }
            try await tmux.send("u")
            try await tmux.waitUntil("undone") {
                $0.last?.contains("undone: q-1: back to its imported verdict (Ctrl-R redo)") == true && $0.joined().contains("3    67%")
            }
            try await tmux.send("C-r")
            try await tmux.waitUntil("redone") { $0.joined().contains("3    33%") }
            try await tmux.send("q")
        }
        let history = try CLI.run(["history", fixture.path, "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["scope"] as? String } == ["evals"])
        #expect(entries.first?["state"] as? String == "done")
        #expect(entries.first?["description"] as? String == "q-1: fail by hand (strict)")
    }
}
