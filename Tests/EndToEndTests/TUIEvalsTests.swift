import Foundation
import Testing
import TuneBenchTestSupport

/// The Evals pane in the real binary: two runs imported with the CLI, compared in the TUI, a flip opened with both
/// outputs side by side, and a verdict overridden by hand and undone.
@Suite struct TUIEvalsTests {
    /// Ten cases; run B fixes c3 and c7 and breaks c5.
    static func run(_ name: String, failing: Set<Int>) -> String {
        (0..<10).map { index in
            let pass = !failing.contains(index)
            let output = pass ? "query { repo(first: \(index)) { name } }" : "query { repo(first: \\\"\(index)\\\") { name } }"
            return #"{"id": "c\#(index)", "input": "Question \#(index) about repos", "output": "\#(output)", "pass": \#(pass)}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test func importTwoRunsCompareThemAndOpenAFlip() async throws {
        let fixture = try TUIFixture()
        for (name, failing, rung) in [("base", Set([3, 7]), "model"), ("tuned", Set([5]), "finetune")] {
            let file = fixture.directory.path("\(name).jsonl")
            try Data(Self.run(name, failing: failing).utf8).write(to: URL(fileURLWithPath: file))
            let imported = try CLI.run(["evals", "import", fixture.path, file, "--name", name, "--rung", rung])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("3", "z")
            try await tmux.waitUntil("the runs, zoomed") { $0[0].contains("› Evals") && $0.joined().contains("▶ model     base") }
            try await tmux.send("c", "j", "c")
            let compared = try await tmux.waitUntil("the comparison") { $0.joined().contains("B only 2") }
            #expect(compared.joined().contains("A only 1"))
            #expect(compared.joined().contains("filter: flips (3)"))
            // The first flip is c3: A failed, B passed; both outputs side by side.
            let flip = try await tmux.waitUntil("both outputs of c3") {
                $0.joined().contains("A base output") && $0.joined().contains("B tuned output")
            }
            #expect(flip.joined().contains("repo(first: \"3\")"))
            #expect(flip.joined().contains("repo(first: 3)"))
            try await tmux.send("j")
            try await tmux.waitUntil("the next flip, c5") { $0.joined().contains("c5  A ✔ pass   B ✘ fail") }
            // Override B's verdict on c5 by hand, then undo it.
            try await tmux.send("o")
            try await tmux.waitUntil("the note prompt") { $0.last?.contains("c5 → PASS by hand, note:") == true }
            try await tmux.send("o", "k", "Enter")
            try await tmux.waitUntil("the override stored") { $0.last?.contains("c5: pass by hand (ok) (u to undo)") == true }
            try await tmux.send("u")
            try await tmux.waitUntil("the override undone") { $0.last?.contains("undone: c5: back to its imported verdict (Ctrl-R redo)") == true }
            try await tmux.send("q")
        }
        let show = try CLI.run(["evals", "compare", fixture.path, "base", "tuned", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(object["a_only"] as? Int == 1 && object["b_only"] as? Int == 2)
    }
}
