import Foundation
import Testing
import TuneBenchTestSupport

/// The TUI open on a project while the CLI imports into it and reviews examples: no "database is locked"
/// reaches anyone, and the TUI shows the new data after a refresh.
@Suite struct ConcurrentUseTests {
    @Test func cliWritesWhileTheTUIIsOpen() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("incoming.jsonl")
        let lines = (0..<400).map { index in
            #"{"messages":[{"role":"user","content":"question \#(index)"},{"role":"assistant","content":"answer \#(index)"}]}"#
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)

        try await fixture.run(width: 160, height: 36) { tmux in
            // The TUI keeps its connections open; the CLI imports and reviews meanwhile.
            let imported = try CLI.run(["import", fixture.path, file])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(!imported.stderr.contains("locked"))
            let listing = try CLI.run(["examples", fixture.path, "--json"])
            let ids = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
                .compactMap { $0["id"] as? String }
            for id in ids.prefix(5) {
                let review = try CLI.run(["review", fixture.path, id, "--accept"])
                #expect(review.status == 0, "\(review.stderr)")
                #expect(!review.stderr.contains("locked"))
            }
            // Ctrl-L re-reads the project: the status bar's counts now include the imported examples.
            try await tmux.send("C-l")
            let screen = try await tmux.waitUntil("the new data") { $0.last?.contains("examples 400") == true }
            #expect(!screen.joined().contains("locked"))
        }
        let review = try CLI.run(["info", fixture.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any])
        #expect((object["review"] as? [String: Int])?["accepted"] == 5)
    }
}
