import Foundation
import Testing
import TuneBenchTestSupport

/// Progress of long CLI work on a real terminal (tmux): drawn in place on stderr while it runs, erased at the
/// end; absent with --quiet and when stderr is not a terminal.
@Suite(.serialized) struct ProgressTUITests {
    let dir: TemporaryDirectory
    let project: String
    let dataset: String

    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        dataset = dir.path("big\u{1B}[31m.jsonl")
        #expect(try CLI.run(["new", project]).status == 0)
        // About 10 MB: several seconds of a debug build's import, so the screen is caught mid-way.
        var text = ""
        text.reserveCapacity(11_000_000)
        let padding = String(repeating: "lorem ipsum dolor sit amet ", count: 8)
        for i in 0..<20_000 {
            text += #"{"messages":[{"role":"user","content":"question \#(i) \#(padding)"},{"role":"assistant","content":"answer \#(i) \#(padding)"}]}"#
            text += "\n"
        }
        try text.write(toFile: dataset, atomically: true, encoding: .utf8)
    }

    @Test func importShowsRecordsBytesRateAndTimeLeftThenErasesTheLine() async throws {
        try await TmuxSession.with(command: [CLI.binaryPath, "import", "p.tunebench", "big\u{1B}[31m.jsonl"], width: 120,
                                   height: 10, workingDirectory: dir.path("")) { tmux in
            let during = try await tmux.waitUntil("a progress line", timeout: .seconds(60)) { screen in
                screen.contains { $0.contains("records") && $0.contains("MB of") && $0.contains("left") }
            }
            let line = try #require(during.first { $0.contains("records") })
            #expect(line.hasPrefix("importing big?[31m.jsonl  "))
            // (The file name's escape sequence is shown as text, never acted on.)
            #expect(line.contains("%") && line.contains("B/s"))
            let after = try await tmux.waitFor("[exit 0]", timeout: .seconds(120))
            #expect(after.contains { $0.hasPrefix("imported 20000") })
            #expect(!after.contains { $0.contains("left") }, "the progress line was erased")
        }
    }

    @Test func quietAndPipesGetNoProgress() async throws {
        try await TmuxSession.with(command: [CLI.binaryPath, "import", "p.tunebench", "big\u{1B}[31m.jsonl", "--quiet"],
                                   width: 120, height: 10, workingDirectory: dir.path("")) { tmux in
            var sawProgress = false
            let after = try await tmux.waitUntil("the import to finish", timeout: .seconds(120)) { screen in
                if screen.contains(where: { $0.contains("records  ") }) { sawProgress = true }
                return screen.contains(where: { $0.hasPrefix("[exit ") })
            }
            #expect(!sawProgress, "a progress line with --quiet")
            #expect(after.contains { $0.hasPrefix("imported 20000") })
        }
        let piped = try CLI.run(["validate", project])
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("validating"))
    }
}
