import Foundation
import Testing
import TuneBenchTestSupport

/// `import` from a FIFO nobody writes to yet says, on a terminal, that it is waiting for a writer (instead of
/// looking hung), and imports what a writer then sends.
@Suite struct FIFOWaitTUITests {
    @Test func aFIFOWithNoWriterSaysItIsWaitingThenImportsTheWriter() async throws {
        let dir = try TemporaryDirectory()
        let records = (1...3).map {
            #"{"messages":[{"role":"user","content":"Question \#($0)"},{"role":"assistant","content":"Answer \#($0)"}]}"#
        }
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dir.path("train.jsonl")))
        #expect(try CLI.run(["new", dir.path("p.tunebench")]).status == 0)
        #expect(mkfifo(dir.path("feed"), 0o600) == 0)
        try await TmuxSession.with(command: [CLI.binaryPath, "import", "p.tunebench", "feed"], width: 120, height: 10,
                                   workingDirectory: dir.path("")) { tmux in
            let waiting = try await tmux.waitFor("waiting for a writer on feed", timeout: .seconds(60))
            #expect(!waiting.contains { $0.hasPrefix("[exit") }, "still running while nobody writes")
            // The writer's open blocks until the import has the FIFO open for reading, so it runs beside it.
            let writer = try CLI.runProgram("/bin/sh", ["-c", "cat train.jsonl > feed"], currentDirectory: dir.path(""))
            #expect(writer.status == 0, "\(writer.stderr)")
            let after = try await tmux.waitFor("[exit 0]", timeout: .seconds(60))
            #expect(after.contains { $0.hasPrefix("imported 3, problems 0") }, "\(after)")
        }
    }
}
