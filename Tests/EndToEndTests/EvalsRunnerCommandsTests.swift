import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench evals runner …`, `evals run` and `evals watch` through the real binary, with real commands: a shell
/// script writing generic JSONL, a Python script writing promptfoo's results format, failing and slow commands.
@Suite struct EvalsRunnerCommandsTests {
    let dir: TemporaryDirectory
    let project: String
    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
    }

    func object(_ result: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func runs() throws -> [[String: Any]] {
        let result = try CLI.run(["evals", "list", project, "--json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// A script that writes 8 generic JSONL cases to `$1/results.jsonl`; run N passes the first 2N cases.
    func writeJSONLScript() throws -> String {
        let script = dir.path("gen.sh")
        try """
            #!/bin/sh
            n=$(( $(cat count 2>/dev/null || echo 0) + 1 )); echo $n > count
            echo "evaluating 8 cases (run $n)"
            i=0
            while [ $i -lt 8 ]; do
              pass=false; [ $i -lt $((2 * n)) ] && pass=true
              echo "{\\"id\\": \\"case-$i\\", \\"input\\": \\"q$i\\", \\"output\\": \\"a$i\\", \\"pass\\": $pass}" >> "$1/results.jsonl"
              i=$((i + 1))
            done
            echo "wrote $1/results.jsonl"
            """.write(toFile: script, atomically: true, encoding: .utf8)
        return script
    }

    @Test func aJSONLScriptRunTwiceGivesTwoRunsTheSecondComparedWithTheFirst() throws {
        _ = try writeJSONLScript()
        let add = try CLI.run(["evals", "runner", "add", project, "gen", "--command", "sh gen.sh {out}", "--rung", "prompt",
                               "--model", "gpt-4o-mini", "--cwd", dir.url.path, "--timeout", "60"])
        #expect(add.status == 0, "\(add.stderr)")
        let listed = try CLI.run(["evals", "runner", "list", project, "--json"])
        let runners = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(runners.map { $0["name"] as? String } == ["gen"])
        #expect(runners.first?["command"] as? String == "sh gen.sh {out}")
        #expect(runners.first?["rung"] as? String == "prompt" && runners.first?["timeout"] as? Double == 60)

        let first = try CLI.run(["evals", "run", project, "gen"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("evaluating 8 cases (run 1)"), "the tool's own output is streamed to stderr")
        #expect(first.stdout.contains("imported #1 gen-1: 8 cases, passed 2/8"))
        #expect(first.stdout.contains("no earlier run to compare with"))

        let second = try CLI.run(["evals", "run", project, "gen", "--json"])
        #expect(second.status == 0, "\(second.stderr)")
        let json = try object(second)
        #expect(json["run"] as? Int == 2 && json["name"] as? String == "gen-2")
        #expect(json["cases"] as? Int == 8 && json["passed"] as? Int == 4 && json["pass_rate"] as? Double == 0.5)
        #expect(json["previous"] as? Int == 1)
        let compare = try #require(json["compare"] as? [String: Any])
        #expect(compare["a_id"] as? Int == 1 && compare["b_id"] as? Int == 2)
        #expect(compare["paired"] as? Int == 8 && compare["b_only"] as? Int == 2 && compare["a_only"] as? Int == 0)
        for key in ["verdict", "mcnemar_p", "score_diff", "diff_ci_low", "diff_ci_high"] { #expect(compare[key] != nil, "\(key)") }
        let stored = try runs()
        #expect(stored.map { $0["rung"] as? String } == ["prompt", "prompt"])
        #expect(stored.map { $0["model"] as? String } == ["gpt-4o-mini", "gpt-4o-mini"])

        let text = try CLI.run(["evals", "run", project, "gen"])
        #expect(text.stdout.contains("compared with #2 gen-2"), "\(text.stdout)")
        #expect(text.stdout.contains("paired 8: both pass 4, both fail 2, A only 0, B only 2"), "\(text.stdout)")
    }

    @Test func aPromptfooFormatScriptGivesOneRunPerProviderComparedColumnByColumn() throws {
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/evals/promptfoo_sample-export.json", withExtension: nil)).path
        try """
            import json, os, sys
            n = int(open("count").read()) + 1 if os.path.exists("count") else 1
            open("count", "w").write(str(n))
            data = json.load(open(sys.argv[1]))
            for result in data["results"]["results"]:
                result["success"] = n > 1
                result["gradingResult"]["pass"] = n > 1
                result["error"] = None
            json.dump(data, open(sys.argv[2], "w"))
            print("promptfoo-format results written", flush=True)
            """.write(toFile: dir.path("pf.py"), atomically: true, encoding: .utf8)
        let command = "python3 pf.py '\(fixture)' {out}/results.json"
        #expect(try CLI.run(["evals", "runner", "add", project, "pf", "--command", command, "--cwd", dir.url.path]).status == 0)
        let first = try CLI.run(["evals", "run", project, "pf", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try object(first)["previous"] is NSNull && (try object(first))["compare"] is NSNull)
        let second = try CLI.run(["evals", "run", project, "pf", "--json"])
        #expect(second.status == 0, "\(second.stderr)")
        let json = try object(second)
        let names = try #require((json["runs"] as? [[String: Any]])?.compactMap { $0["name"] as? String })
        #expect(names.count == 2 && names.allSatisfy { $0.hasPrefix("pf-2 ") }, "\(names)")
        #expect(json["previous"] as? Int == 2, "the same provider's column of the first run")
        let compare = try #require(json["compare"] as? [String: Any])
        #expect(compare["paired"] as? Int == 2 && compare["b_only"] as? Int == 2)
        #expect(try runs().count == 4)
    }

    @Test func aFailingCommandExitsOneSaysWhyAndCreatesNoRun() throws {
        #expect(try CLI.run(["evals", "runner", "add", project, "broken", "--command", "echo loading; echo 'no API key' >&2; exit 4"]).status == 0)
        let result = try CLI.run(["evals", "run", project, "broken", "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("runner 'broken' failed: the command exited with status 4; nothing imported"), "\(result.stderr)")
        #expect(result.stderr.contains("  no API key"))
        #expect(try runs().isEmpty)

        #expect(try CLI.run(["evals", "runner", "add", project, "quiet", "--command", "echo done"]).status == 0)
        let none = try CLI.run(["evals", "run", project, "quiet"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("exited 0 but wrote no results file"), "\(none.stderr)")

        let unknown = try CLI.run(["evals", "run", project, "nope"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no runner is named 'nope'"))
        #expect(try runs().isEmpty)
    }

    @Test func aTimeoutEndsTheWholeProcessGroup() throws {
        let marker = dir.path("survivor")
        let command = "echo warming up; (sleep 4; touch '\(marker)') & sleep 60; echo '{}' > {out}/r.jsonl"
        #expect(try CLI.run(["evals", "runner", "add", project, "slow", "--command", command, "--timeout", "1"]).status == 0)
        let start = Date()
        let result = try CLI.run(["evals", "run", project, "slow"])
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(result.status == 1)
        #expect(result.stderr.contains("runner 'slow' timed out after 1 s"), "\(result.stderr)")
        #expect(result.stderr.contains("  warming up"))
        Thread.sleep(forTimeInterval: 4)
        #expect(!FileManager.default.fileExists(atPath: marker), "a child of the command outlived the timeout")
        #expect(try runs().isEmpty)
    }

    @Test func runnerRemoveAndUndo() throws {
        #expect(try CLI.run(["evals", "runner", "add", project, "gen", "--command", "true"]).status == 0)
        let duplicate = try CLI.run(["evals", "runner", "add", project, "gen", "--command", "true"])
        #expect(duplicate.status == 2 && duplicate.stderr.contains("a runner named 'gen' exists already"))
        let removed = try CLI.run(["evals", "runner", "remove", project, "gen"])
        #expect(removed.status == 0 && removed.stdout.contains("runner gen removed"))
        #expect(try CLI.run(["evals", "runner", "list", project]).stdout.contains("no runners yet"))
        #expect(try CLI.run(["undo", project, "--scope", "evals"]).stdout.contains("undone: runner gen added"))
        #expect(try CLI.run(["evals", "runner", "list", project]).stdout.contains("gen  [no rung]"))
    }

    @Test func watchImportsFilesOnceCompleteAndTheSameContentOnce() throws {
        let watched = dir.path("results")
        try FileManager.default.createDirectory(atPath: watched, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binaryPath)
        process.arguments = ["evals", "watch", project, watched, "--rung", "rag", "--model", "m-watch"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Written slowly, a line every 0.1 s: never imported half-written.
        let file = watched + "/slow.jsonl"
        FileManager.default.createFile(atPath: file, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        for index in 0..<12 {
            handle.write(Data(#"{"id": "k\#(index)", "input": "", "output": "", "pass": true}"#.utf8 + [0x0a]))
            Thread.sleep(forTimeInterval: 0.1)
        }
        try handle.close()
        func waitForRuns(_ count: Int) throws -> [[String: Any]] {
            let deadline = Date().addingTimeInterval(15)
            var listed = try runs()
            while listed.count < count, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.2)
                listed = try runs()
            }
            return listed
        }
        let first = try waitForRuns(1)
        #expect(first.map { $0["cases"] as? Int } == [12])
        #expect(first.first?["rung"] as? String == "rag" && first.first?["model"] as? String == "m-watch")
        // The same bytes under another name: not imported again. New content: imported.
        try FileManager.default.copyItem(atPath: file, toPath: watched + "/copy.jsonl")
        Thread.sleep(forTimeInterval: 2)
        #expect(try runs().count == 1)
        try FileManager.default.createDirectory(atPath: watched + "/sub", withIntermediateDirectories: true)
        try #"{"id": "x", "input": "", "output": "", "pass": false}"#.write(toFile: watched + "/sub/new.jsonl", atomically: true, encoding: .utf8)
        #expect(try waitForRuns(2).count == 2)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
