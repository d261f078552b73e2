import Foundation
import Testing
import TuneBenchTestSupport

/// The tune loop in the real binary: the Decision pane names `:tune plan`, the command writes the bundle as a job,
/// the Cost model takes the plan's measured tokens, and a rejection after linking a run shows the tune as stale in
/// the Decision and Evals panes.
@Suite struct TUITuneTests {
    @Test func planFromTheDecisionPaneThenSeeItGoStale() async throws {
        let directory = try TemporaryDirectory()
        let path = try DemoProject.copy("graphql-assistant", into: directory, as: "graphql.tunebench")
        let bundle = directory.path("bundle")
        let command = [CLI.binaryPath, path]
        let environment = ["XDG_CONFIG_HOME": directory.path("config")]

        try await TmuxSession.with(command: command, width: 160, height: 44, environment: environment) { tmux in
            // The fine-tune recommendation says what to run next, on the home screen.
            try await tmux.waitUntil("the next step under the recommendation") {
                $0.joined().contains("FINE-TUNE WITH LORA") && $0.joined().contains("next: :tune plan openai|axolotl|trl DIR")
            }
            try await tmux.send(":")
            try await tmux.type("tune plan axolotl \(bundle) --split 0.9")
            try await tmux.send("Enter")
            let done = try await tmux.waitUntil("the job's closing message") { $0.last?.contains("tune #1 axolotl: cost") == true }
            #expect(done.last?.contains("bundle in") == true)
            // The Decision pane now names the tune, not yet linked to a run.
            try await tmux.waitUntil("the tune in the Decision pane") { $0.joined().contains("#1 axolotl ·") && $0.joined().contains("no run linked yet") }
            try await tmux.send(":")
            try await tmux.type("tune plan vertex \(bundle)")
            try await tmux.send("Enter")
            try await tmux.waitUntil("an unknown tool refused with the reason") {
                $0.last?.contains("--for must be openai, axolotl or trl, not 'vertex'") == true
            }
            try await tmux.send("q")
        }
        #expect(FileManager.default.fileExists(atPath: bundle + "/axolotl.yaml"))
        #expect(FileManager.default.fileExists(atPath: bundle + "/val.jsonl"))
        // The cost model bills the plan's own training tokens while its data is unchanged.
        let measured = try CLI.run(["cost", path])
        #expect(measured.stdout.contains("measured in tune #1's training file"), "\(measured.stdout)")

        #expect(try CLI.run(["evals", "set-rung", path, "lora-r16", "finetune", "--tune", "1"]).status == 0)
        let listed = try CLI.run(["examples", path, "--status", "accepted", "--json"])
        let examples = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let accepted = try #require(examples.first { ($0["errors"] as? [Any])?.isEmpty ?? true }?["id"] as? String)
        #expect(try CLI.run(["review", path, accepted, "--reject"]).status == 0)
        let afterwards = try CLI.run(["cost", path])
        #expect(!afterwards.stdout.contains("measured in tune #1"), "a stale plan no longer describes the data")

        try await TmuxSession.with(command: command, width: 160, height: 44, environment: environment) { tmux in
            let home = try await tmux.waitUntil("the stale tune on the home screen") {
                $0.joined().contains("stale: 1 example edited, accepted or rejected since the plan")
            }
            #expect(home.joined().contains("run lora-r16"))
            #expect(home.contains { $0.contains("lora-r16") && $0.contains("tune #1 stale") },
                    "the Evals quarter marks the linked run: \(home.joined(separator: "\n"))")
            try await tmux.send("3", "z")
            let runs = try await tmux.waitUntil("the linked run marked in the Evals pane") { $0.joined().contains("tune #1 stale") }
            let row = try #require(runs.firstIndex { $0.contains("tune #1 stale") })
            #expect(runs[row].contains("lora-r16"))
            // Selecting that run says which data it was trained on.
            let first = try #require(runs.firstIndex { $0.contains("▶") })
            for _ in 0..<max(0, row - first) { try await tmux.send("j") }
            let selected = try await tmux.waitUntil("the trained-on line for the selected run") { $0.joined().contains("trained on tune #1: axolotl") }
            #expect(selected.joined().contains("this run's data is not the reviewed data"))
            try await tmux.send("q")
        }
    }
}
