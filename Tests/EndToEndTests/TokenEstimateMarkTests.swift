import Foundation
import Testing
import TuneBenchTestSupport

/// Without rank files every token figure is an estimate, and every screen, report and CLI output that shows one
/// says so with the same mark, `(estimate)`: the real binary in tmux and on the command line.
@Suite struct TokenEstimateMarkTests {
    static let records = (1...12).map { index in
        #"{"messages":[{"role":"user","content":"Question \#(index) about marks"},"#
            + #"{"role":"assistant","content":"query { q\#(index) }"}]}"#
    }

    /// No rank file anywhere tunebench looks: an empty tiktoken cache and data home, no TUNEBENCH_RANK_DIR.
    static func withoutRankFiles(_ directory: TemporaryDirectory) -> [String: String] {
        ["TIKTOKEN_CACHE_DIR": directory.path("no-cache"), "DATA_GYM_CACHE_DIR": "", "TUNEBENCH_RANK_DIR": "",
         "XDG_DATA_HOME": directory.path("data"), "XDG_CONFIG_HOME": directory.path("config")]
    }

    @Test func everyTokenFigureOnScreenAndInTheReportsIsMarked() async throws {
        let directory = try TemporaryDirectory()
        let environment = Self.withoutRankFiles(directory)
        let project = directory.path("p.tunebench"), file = directory.path("train.jsonl")
        try Data((Self.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["new", project], environment: environment).status == 0)
        let imported = try CLI.run(["import", project, file], environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")

        try await TmuxSession.with(command: [CLI.binaryPath, project], width: 120, height: 36, environment: environment) { tmux in
            let home = try await tmux.waitUntil("the home screen") { $0.joined().contains("tokens/example") }
            #expect(home.contains { $0.contains("2 Dataset · tokens (estimate)") }, "\(home.joined(separator: "\n"))")
            #expect(home.contains { $0.contains("tokens/example (estimate) p10") })
            try await tmux.send("2", "z")
            let zoomed = try await tmux.waitUntil("the list and the detail") { $0.joined().contains("pending  tokens (estimate) ") }
            // The list's bare counts sit under the marked title; the detail marks its own figure.
            #expect(zoomed[1].contains("2 Dataset · tokens (estimate)"), "\(zoomed.joined(separator: "\n"))")
            #expect(zoomed.contains { $0.contains("#") && $0.contains("pending  tokens (estimate) ") })
            // Accepted examples make the Cost pane's billing tokens a figure counted from the dataset.
            try await tmux.send("a", "a", "a")
            _ = try await tmux.waitUntil("three decisions") { $0.joined().contains("reviewed 3/12") }
            try await tmux.send("z", "4", "z")
            let cost = try await tmux.waitUntil("the cost form") { $0.joined().contains("billing tokens per") }
            let billing = try #require(cost.first { $0.contains("billing tokens per") })
            #expect(billing.contains("(estimate)"), "\(billing)")
            try await tmux.send("q")
        }

        for format in ["md", "html"] {
            let report = try CLI.run(["report", project, "--format", format], environment: environment)
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout.contains("Tokens (estimate)"))
            #expect(report.stdout.contains("tokens per example (estimate)"))
            #expect(!report.stdout.contains("Counted with estimate"))
        }
        let validate = try CLI.run(["validate", project], environment: environment)
        #expect(validate.stdout.contains("tokens (estimate)\n"), "one label: \(validate.stdout)")
        #expect(!validate.stdout.contains("ESTIMATE"))
        let examples = try CLI.run(["examples", project], environment: environment)
        #expect(examples.stderr.contains("tokens (estimate)"))
        let listed = try CLI.run(["examples", project, "--json"], environment: environment)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 12 && rows.allSatisfy { $0["tokens_estimate"] as? Bool == true })
        let cost = try CLI.run(["cost", project], environment: environment)
        #expect(cost.stdout.contains("tokens (estimate) × "), "\(cost.stdout)")
    }
}
