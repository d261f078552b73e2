import Foundation
import Testing
import TuneBenchTestSupport

/// Runners and watched directories in the real binary: `r` runs a runner as a job and opens the comparison with
/// its previous run; a directory registered with `:watch` imports a file written by "another terminal".
@Suite struct TUIRunnerTests {
    /// A runner script: run N passes the first 2N of 8 cases.
    static func addRunner(_ fixture: TUIFixture) throws {
        try """
            n=$(( $(cat count 2>/dev/null || echo 0) + 1 )); echo $n > count
            i=0
            while [ $i -lt 8 ]; do
              pass=false; [ $i -lt $((2 * n)) ] && pass=true
              echo "{\\"id\\": \\"c$i\\", \\"input\\": \\"q\\", \\"output\\": \\"a\\", \\"pass\\": $pass}" >> "$1/r.jsonl"
              i=$((i + 1))
            done
            sleep 3  # long enough for a busy machine's screen polls to see the job running
            echo "graded 8 cases"
            """.write(toFile: fixture.directory.path("gen.sh"), atomically: true, encoding: .utf8)
        let add = try CLI.run(["evals", "runner", "add", fixture.path, "gen", "--command", "sh gen.sh {out}",
                               "--rung", "prompt", "--cwd", fixture.directory.url.path])
        #expect(add.status == 0, "\(add.stderr)")
    }

    @Test func pressingRRunsTheRunnerAndOpensTheComparisonWithThePreviousRun() async throws {
        let fixture = try TUIFixture()
        try Self.addRunner(fixture)
        #expect(try CLI.run(["evals", "run", fixture.path, "gen"]).status == 0)
        try await fixture.run(width: 120, height: 40) { tmux in
            try await tmux.send("3", "z")
            try await tmux.waitUntil("the runner listed beside the runs") {
                $0.joined().contains("Runners") && $0.joined().contains("gen            prompt    sh gen.sh {out}")
            }
            try await tmux.send("r")
            try await tmux.waitUntil("the job with its elapsed time") { $0.joined().contains("⟳ running gen") }
            let compared = try await tmux.waitUntil("the comparison of gen-2 with gen-1") {
                $0.joined().contains("gen-2 passed 4/8 vs gen-1:")
            }
            #expect(compared.joined().contains("no detectable difference"), "\(compared.joined(separator: "\n"))")
            #expect(compared.joined().contains("B only 2"))
            try await tmux.send("h")
            try await tmux.waitUntil("the new run selected") { $0.joined().contains("▶ prompt    gen-2") }
            try await tmux.send("q")
        }
        #expect(try CLI.run(["evals", "list", fixture.path]).stdout.contains("gen-2"))
    }

    @Test func cancellingARunEndsItAndImportsNothing() async throws {
        let fixture = try TUIFixture()
        #expect(try CLI.run(["evals", "runner", "add", fixture.path, "slow", "--command",
                             "echo 'step one of many'; sleep 60; echo '{\"id\":\"a\",\"pass\":true}' > {out}/r.jsonl"]).status == 0)
        try await fixture.run(width: 120, height: 40) { tmux in
            try await tmux.send("3", "r")
            try await tmux.waitUntil("the tool's last output line") { $0.joined().contains("step one of many") }
            try await tmux.send("X")
            try await tmux.waitUntil("the cancel reported") { $0.joined().contains("runner 'slow' cancelled") }
            try await tmux.send("q")
        }
        #expect(try CLI.run(["evals", "list", fixture.path]).stdout.contains("no eval runs yet"))
    }

    @Test func aWatchedDirectoryImportsFilesWithoutAKeyPress() async throws {
        let fixture = try TUIFixture()
        let watched = fixture.directory.path("logs")
        try FileManager.default.createDirectory(atPath: watched, withIntermediateDirectories: true)
        try await fixture.run(width: 120, height: 40) { tmux in
            try await tmux.send("3", "z", ":")
            try await tmux.type("watch \(watched)")
            try await tmux.send("Enter")
            try await tmux.waitUntil("the watch stored and listed") { $0.joined().contains("Watching \(watched)") }
            try #"{"id": "w1", "input": "", "output": "", "pass": true}"#
                .write(toFile: watched + "/other-terminal.jsonl", atomically: true, encoding: .utf8)
            try await tmux.waitUntil("the run imported without a key press") {
                $0.joined().contains("▶ -         other-terminal")
            }
            try await tmux.send("q")
        }
        #expect(try CLI.run(["evals", "list", fixture.path]).stdout.contains("other-terminal"))
    }
}
