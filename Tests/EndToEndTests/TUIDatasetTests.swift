import Foundation
import Testing
import TuneBenchStore
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

    /// `e` hands the terminal to `$EDITOR` (here a script that shows a line, waits for Enter, then rewrites the
    /// file), takes it back with the whole screen redrawn, and the edit is in the file once the screen says so.
    @Test func editInEditorReleasesTheScreenAndTheEditSurvivesKillNine() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        try Data((Self.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["import", fixture.path, file]).status == 0)
        let editor = fixture.directory.path("editor.sh")
        try Data("""
            #!/bin/sh
            echo "EDITOR RUNNING on $(basename "$1")"
            read answer
            sed 's/Question 1 about/Question one about/' "$1" > "$1.new" && mv "$1.new" "$1"

            """.utf8).write(to: URL(fileURLWithPath: editor))
        #expect(chmod(editor, 0o755) == 0)
        var environment = fixture.environment
        environment["EDITOR"] = editor
        try await TmuxSession.with(command: fixture.command, width: 120, height: 36, environment: environment) { tmux in
            try await tmux.waitUntil("the home screen") { $0.last?.contains("q quit") == true }
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the list and the detail") { $0.joined().contains("Question 10") && $0.joined().contains("query { q1 }") }
            try await tmux.send("e")
            // The app gave the terminal away: the editor's line shows, the workbench's frame does not.
            let released = try await tmux.waitUntil("the editor") { $0.joined().contains("EDITOR RUNNING on tunebench-") }
            #expect(!released.joined().contains("› Dataset"))
            try await tmux.send("Enter")
            let back = try await tmux.waitUntil("the edit stored and the screen redrawn") {
                $0.last?.contains("edited #") == true && $0.joined().contains("│   Question one about fragments")
            }
            #expect(back[0].contains("› Dataset"))
            #expect(!back.joined().contains("EDITOR RUNNING"))
            let shell = try await tmux.panePID()
            let app = try #require(childProcesses(of: shell).first)
            #expect(kill(app, SIGKILL) == 0)
            try await tmux.waitFor("[exit 137]")
        }
        let exported = fixture.directory.path("out.jsonl")
        let export = try CLI.run(["export", fixture.path, "-o", exported])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(text.contains(#"{"role":"user","content":"Question one about fragments"}"#))
        #expect(text.split(separator: "\n").count == 10)
    }
}

/// `:import` and a bulk accept in the real binary: the import's problems open in the overlay, the bulk change
/// is asked with its count and is in the file once the status bar says so.
@Suite struct TUIDatasetBulkTests {
    @Test func importFromTheCommandLineThenAcceptAllValidSurvivesKillNine() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        let lines = TUIDatasetTests.records.prefix(4) + ["{broken"] + TUIDatasetTests.records.suffix(2)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("2", "z", ":")
            try await tmux.type("import \(file)")
            try await tmux.send("Enter")
            // The status bar is drawn last: once it says so, the whole frame is there.
            let problems = try await tmux.waitUntil("the problems overlay") {
                $0.joined().contains("train.jsonl: 1 problem") && $0.last?.contains("imported 6 examples from train.jsonl") == true
            }
            #expect(problems.joined().contains("train.jsonl:5: invalid JSON"))
            try await tmux.send("Escape")
            try await tmux.waitUntil("the list") { $0.joined().contains("6 examples  reviewed 0/6") }
            try await tmux.send("B", "a")
            try await tmux.waitUntil("the question") { $0.last?.contains("Accept 6 valid pending examples? y yes  n no") == true }
            try await tmux.send("y")
            try await tmux.waitUntil("the bulk change stored") { $0.last?.contains("accepted 6 examples (u to undo)") == true }
            let shell = try await tmux.panePID()
            let app = try #require(childProcesses(of: shell).first)
            #expect(kill(app, SIGKILL) == 0)
            try await tmux.waitFor("[exit 137]")
        }
        let listed = try CLI.run(["examples", fixture.path, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 6 && rows.allSatisfy { $0["status"] as? String == "accepted" })
    }
}

/// The CLI's undo reaches the browser's edits and bulk changes: they are steps of the same log.
@Suite struct ReviewLogSharedTests {
    @Test func reviewUndoUndoesABulkChangeAndAnEditAsOneStepEach() throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        try Data((TUIDatasetTests.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["import", fixture.path, file]).status == 0)
        let store = try ProjectStore.open(path: fixture.path)
        try store.applyBulkReview(.acceptValid, filter: ExampleFilter())
        let id = try store.examples()[0].id
        let original = try store.exampleText(exampleID: id).text
        try store.editExample(exampleID: id, text: original.replacingOccurrences(of: "Question 1 ", with: "Question one "),
                              original: original)
        try store.close()

        let first = try CLI.run(["review", fixture.path, "--undo"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("(the record's text)"))
        let second = try CLI.run(["review", fixture.path, "--undo"])
        #expect(second.stdout.contains("accepted -> pending (and 9 more examples)"))
        let listed = try CLI.run(["examples", fixture.path, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.allSatisfy { $0["status"] as? String == "pending" })
    }
}
