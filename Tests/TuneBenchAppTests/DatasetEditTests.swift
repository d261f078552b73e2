import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// `e` edits an example in `$EDITOR`: the editor here is a shell script that copies what it was given to
/// `seen-N` (N counts its runs) and then writes what the test asked for to the file.
@Suite struct DatasetEditTests {
    /// A session and the editor's folder (kept alive with it).
    struct Editing {
        let session: DatasetSession
        let folder: TemporaryDirectory

        func seen(_ run: Int) throws -> String {
            try String(contentsOfFile: folder.path("seen-\(run)"), encoding: .utf8)
        }
    }

    /// A session whose editor (called with an extra argument first, as `code --wait` would be) writes
    /// `outputs[N-1]` on its N-th run: a `sed` expression when it starts with `s/`, `exit` to fail, else the text.
    static func session(outputs: [String]) async throws -> Editing {
        let folder = try TemporaryDirectory()
        for (index, output) in outputs.enumerated() {
            try Data(output.utf8).write(to: URL(fileURLWithPath: folder.path("output-\(index + 1)")))
        }
        let script = folder.path("editor.sh")
        try Data("""
            #!/bin/sh
            for file; do :; done
            dir='\(folder.path(""))'
            n=$(cat "$dir/count" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "$dir/count"
            cp "$file" "$dir/seen-$n"
            out=$(cat "$dir/output-$n")
            case "$out" in
              s/*) sed "$out" "$dir/seen-$n" > "$file" ;;
              exit*) exit 3 ;;
              *) printf '%s' "$out" > "$file" ;;
            esac

            """.utf8).write(to: URL(fileURLWithPath: script))
        chmod(script, 0o755)
        let session = try await DatasetSession(size: Size(width: 120, height: 36), environment: ["EDITOR": "\(script) --flag"])
        return Editing(session: session, folder: folder)
    }

    @Test func savedEditIsStoredAsANewVersionAndUndoRestoresTheText() async throws {
        let editing = try await Self.session(outputs: ["s/List all repos/List every repo/"])
        let session = editing.session
        defer { withExtendedLifetime(editing) {} }
        let id = try session.store.examples()[0].id
        let original = try session.store.exampleText(exampleID: id).text
        await session.press("2", "z", "e")
        // The editor got the record pretty-printed, and the terminal was released while it ran.
        #expect(try editing.seen(1).hasPrefix("{\n  \"messages\": [\n    {\n      \"content\": \"You translate"))
        #expect(session.terminal.releaseCount == 1)
        let stored = try session.store.exampleText(exampleID: id).text
        #expect(stored == original.replacingOccurrences(of: "List all repos", with: "List every repo"))
        #expect(!stored.contains("\n"))  // one line, like an imported record
        #expect(try session.store.exampleRevisions(exampleID: id) == [original, stored])
        #expect(session.runtime.state.message?.text == "edited #\(id.prefix(8)) (u to undo)")
        #expect(session.text.contains("List every repo with their open issues"))  // list and detail read again

        await session.press("u")
        #expect(try session.store.exampleText(exampleID: id).text == original)
        #expect(session.runtime.state.message?.text == "undone: text of #\(id.prefix(8)) put back (Ctrl-R redo)")
        #expect(session.text.contains("List all repos with their open issues"))
        #expect(!session.text.contains("List every repo"))
        await session.press("ctrl-r")
        #expect(try session.store.exampleText(exampleID: id).text == stored)
        #expect(session.text.contains("List every repo"))
    }

    @Test func anEditMarksNearDuplicatesStaleInTheHeaderUntilValidateRunsAsAJob() async throws {
        let editing = try await Self.session(outputs: ["s/List all repos/List every repo/"])
        let session = editing.session
        defer { withExtendedLifetime(editing) {} }
        await session.press("2", "z")
        #expect(!session.text.contains("near dups stale"))
        await session.press("e")
        await session.settle()
        #expect(session.text.contains("near dups stale (:validate)"))
        session.runtime.handle(Key(name: ":")!)
        for character in "validate" { session.runtime.dispatch(.commandInput(.insert(character))) }
        session.runtime.handle(Key(name: "enter")!)
        #expect(session.runtime.state.tasks.first { $0.title == "validating" }?.kind == .job)
        await session.settle()
        #expect(session.runtime.state.message?.text.hasPrefix("validated: ") == true)
        #expect(try session.store.datasets().allSatisfy { !$0.nearDuplicatesStale })
        #expect(!session.text.contains("near dups stale"))
    }

    @Test func invalidJSONAsksToReopenTheEditorWithTheTextAsTypedAndStoresNothingMeanwhile() async throws {
        let fixed = #"{"messages":[{"role":"user","content":"Fixed by hand"},{"role":"assistant","content":"ok"}]}"#
        let editing = try await Self.session(outputs: ["{\n  \"messages\": [\n    {\"role\" \"user\"}", fixed])
        let session = editing.session
        defer { withExtendedLifetime(editing) {} }
        let id = try session.store.examples()[0].id
        let original = try session.store.exampleText(exampleID: id).text
        await session.press("2", "z", "e")
        guard case .question(let question) = session.runtime.state.dataset.overlay else {
            Issue.record("no question: \(session.runtime.state.dataset.overlay as Any)")
            return
        }
        #expect(question.text.contains("invalid JSON at line 3, column 13"))
        #expect(session.lines.last?.contains("Reopen the editor?") == true)
        #expect(try session.store.exampleText(exampleID: id).text == original)
        await session.press("y")
        // The editor reopened on what was typed, not on the stored record.
        #expect(try editing.seen(2) == "{\n  \"messages\": [\n    {\"role\" \"user\"}")
        #expect(try session.store.exampleText(exampleID: id).text == fixed)
        #expect(session.runtime.state.dataset.overlay == nil)
        #expect(session.text.contains("Fixed by hand"))
    }

    @Test func declinedReopenDiscardsTheEdit() async throws {
        let editing = try await Self.session(outputs: ["not json at all"])
        let session = editing.session
        defer { withExtendedLifetime(editing) {} }
        let id = try session.store.examples()[0].id
        await session.press("2", "z", "e", "n")
        #expect(session.runtime.state.message == StatusMessage("edit discarded; #\(id.prefix(8)) unchanged", kind: .warning))
        #expect(try session.store.exampleRevisions(exampleID: id).count == 1)
        #expect(try session.store.editHistory().isEmpty)
    }

    @Test func aRecordOfAnotherShapeIsRefusedLikeInvalidJSON() async throws {
        let editing = try await Self.session(outputs: [#"{"prompt": "p", "completion": "c"}"#])
        let session = editing.session
        defer { withExtendedLifetime(editing) {} }
        await session.press("2", "z", "e")
        guard case .question(let question) = session.runtime.state.dataset.overlay else {
            Issue.record("no question")
            return
        }
        #expect(question.text.contains("the record is no longer openai-chat (it needs a \"messages\" array)"))
    }

    @Test func anEditorThatFailsOrSavesNothingChangesNothing() async throws {
        let editing = try await Self.session(outputs: ["exit", "s/^$//"])
        let session = editing.session
        defer { withExtendedLifetime(editing) {} }
        let id = try session.store.examples()[0].id
        await session.press("2", "z", "e")
        #expect(session.runtime.state.message?.text.contains("exited with status 3; nothing saved") == true)
        await session.press("e")
        #expect(session.runtime.state.message?.text == "#\(id.prefix(8)) unchanged (nothing saved)")
        #expect(try session.store.editHistory().isEmpty)
    }

    @Test func editingNeedsTheZoomedPane() async throws {
        let editing = try await Self.session(outputs: [])
        let session = editing.session
        defer { withExtendedLifetime(editing) {} }
        await session.press("2", "e")
        #expect(session.runtime.state.message?.text == "dataset-edit: zoom the Dataset pane first (z)")
        #expect(session.terminal.releaseCount == 0)
    }
}
