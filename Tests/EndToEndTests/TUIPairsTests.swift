import Foundation
import Testing
import TuneBenchTestSupport

/// `:pairs` in the real binary: on a comparison it pairs the compared runs, from any Evals screen it takes A, B and
/// the file as words, and the file it writes is the one `tunebench evals pairs` writes.
@Suite struct TUIPairsTests {
    @Test func pairsFromTheComparisonAndFromWords() async throws {
        let directory = try TemporaryDirectory()
        let path = try DemoProject.copy("graphql-assistant", into: directory, as: "graphql.tunebench")
        let compared = directory.path("compared.jsonl"), worded = directory.path("worded.jsonl")
        let environment = ["XDG_CONFIG_HOME": directory.path("config")]

        try await TmuxSession.with(command: [CLI.binaryPath, path], width: 160, height: 44, environment: environment) { tmux in
            try await tmux.waitUntil("the home screen") { $0.joined().contains("3 Evals") }
            // Without runs on screen, one word is not enough: the usage says what is.
            try await tmux.send("3", ":")
            try await tmux.type("pairs \(compared)")
            try await tmux.send("Enter")
            try await tmux.waitUntil("the usage") { $0.joined().contains("usage: :pairs A B FILE") }
            // The first two runs compared (A, then B), then :pairs FILE pairs them.
            try await tmux.send("z", "c", "j", "c")
            try await tmux.waitUntil("the comparison") { $0.joined().contains("A✘") || $0.joined().contains("A✔") }
            try await tmux.send(":")
            try await tmux.type("pairs \(compared)")
            try await tmux.send("Enter")
            let done = try await tmux.waitUntil("the job's closing message") { $0.joined().contains("pairs (openai-preference) →") }
            // The count first (a long path is cut at the screen's edge): it is the file's line count.
            let status = try #require(done.last { $0.contains("pairs (openai-preference) →") })
            let count = status.components(separatedBy: " pairs (openai-preference)")[0].split(separator: " ").last.flatMap { Int($0) }
            let lines = try String(contentsOfFile: compared, encoding: .utf8).split(separator: "\n").count
            #expect(count == lines && lines > 0, "\(status)")
            // Words name the runs from any Evals screen, with the CLI's options.
            try await tmux.send(":")
            try await tmux.type("pairs zero-shot lora-r16 \(worded) --format trl")
            try await tmux.send("Enter")
            try await tmux.waitUntil("the second closing message") { $0.joined().contains("pairs (trl) →") }
            try await tmux.send("q")
        }

        // The same files as the CLI writes for the same runs.
        for (file, a, b, format) in [(compared, "zero-shot", "prompt-v3", "openai-preference"), (worded, "zero-shot", "lora-r16", "trl")] {
            let reference = directory.path("cli-\(format).jsonl")
            let cli = try CLI.run(["evals", "pairs", path, a, b, "--output", reference, "--format", format])
            #expect(cli.status == 0, "\(cli.stderr)")
            let tui = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!tui.isEmpty)
            #expect(tui == (try String(contentsOfFile: reference, encoding: .utf8)), "\(file) differs from the CLI's pairs")
        }
    }
}
