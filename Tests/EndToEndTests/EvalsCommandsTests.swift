import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench evals …` through the real binary, on the real samples and on generated runs.
@Suite struct EvalsCommandsTests {
    let dir: TemporaryDirectory
    let project: String
    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
    }

    func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/evals/\(name)", withExtension: nil)).path
    }

    func json(_ result: CLI.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func list() throws -> [[String: Any]] {
        let result = try CLI.run(["evals", "list", project, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try json(result) as? [[String: Any]])
    }

    /// A generic JSONL run: case `c<i>` passes when `pass(i)`.
    func writeRun(_ name: String, count: Int, pass: (Int) -> Bool) throws -> String {
        let path = dir.path(name)
        let lines = (0..<count).map { #"{"id": "c\#($0)", "input": "q\#($0)", "output": "a\#($0)", "pass": \#(pass($0))}"# }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func promptfooImportGivesOneRunPerProviderWithTheContractKeys() throws {
        let result = try CLI.run(["evals", "import", project, try fixture("promptfoo_sample-export.json"), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result) as? [String: Any])
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.map { $0["cases"] as? Int } == [2, 2])
        #expect(runs.allSatisfy { $0["id"] is Int && $0["name"] is String })
        let listed = try list()
        #expect(listed.count == 2)
        for run in listed {
            for key in ["id", "name", "rung", "model", "cases", "passed", "pass_rate", "ci_low", "ci_high"] {
                #expect(run.keys.contains(key), "missing \(key)")
            }
            #expect(run["passed"] as? Int == 0)
            #expect(run["rung"] is NSNull)
        }
        #expect(Set(listed.compactMap { $0["model"] as? String }) == ["openai:gpt-5", "openai:gpt-5-mini"])
    }

    @Test func inspectLogsImportWithTheirCountsAndRung() throws {
        #expect(try CLI.run(["evals", "import", project, try fixture("inspect_ai_security-guide_log.json"), "--rung", "rag"]).status == 0)
        let zip = try CLI.run(["evals", "import", project, try fixture("inspect_ai_popularity_log.eval"), "--name", "pop"])
        #expect(zip.status == 0, "\(zip.stderr)")
        #expect(zip.stdout.contains("10 cases, passed 8/10"))
        let listed = try list()
        #expect(listed.map { $0["cases"] as? Int } == [3, 10])
        #expect(listed.map { $0["rung"] as? String } == ["rag", nil])
    }

    @Test func aDamagedZstdEntryIsRefusedNamingItAndNothingStored() throws {
        let result = try CLI.run(["evals", "import", project, try fixture("inspect_zstd_entry.eval")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("samples/1_epoch_1.json: damaged archive: the zstd data is damaged"), "\(result.stderr)")
        #expect(try list().isEmpty)
    }

    @Test func aLogOfTheCurrentInspectImportsNamedAfterItsTaskAndModel() throws {
        let result = try CLI.run(["evals", "import", project, try fixture("inspect_0.3.285_arithmetic.eval")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("arithmetic mockllm/model: 3 cases, passed 1/3"), "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test func aLogStillBeingWrittenImportsItsFinishedSamplesAndSaysSo() throws {
        let result = try CLI.run(["evals", "import", project, try fixture("inspect_0.3.285_in_progress.eval"), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: "))
        #expect(result.stderr.contains("the log is still being written (no header.json yet): imported the 2 samples complete so far"))
        let object = try #require(try json(result) as? [String: Any])
        #expect((object["runs"] as? [[String: Any]])?.first?["cases"] as? Int == 2)
        #expect((object["notes"] as? [String])?.count == 1)
    }

    @Test func aMalformedRecordNamesTheLineAndImportsNothing() throws {
        let path = dir.path("bad.jsonl")
        try "{\"id\": 1, \"pass\": true}\n{\"id\": 2, \"pass\": \"maybe\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["evals", "import", project, path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.jsonl:2"))
        #expect(try list().isEmpty)
    }

    @Test func compareExitsOneWhenBIsSignificantlyWorse() throws {
        let a = try writeRun("a.jsonl", count: 60) { $0 % 10 != 0 }       // 54/60
        let b = try writeRun("b.jsonl", count: 60) { $0 % 2 == 0 }        // 30/60
        #expect(try CLI.run(["evals", "import", project, a, "--name", "base"]).status == 0)
        #expect(try CLI.run(["evals", "import", project, b, "--name", "candidate"]).status == 0)
        let worse = try CLI.run(["evals", "compare", project, "base", "candidate", "--json"])
        #expect(worse.status == 1, "\(worse.stderr)")
        let object = try #require(try json(worse) as? [String: Any])
        for key in ["a", "b", "paired", "both_pass", "both_fail", "a_only", "b_only", "unpaired_a", "unpaired_b", "mcnemar_p",
                    "score_diff", "diff_ci_low", "diff_ci_high", "verdict"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["verdict"] as? String == "worse")
        // c0, c10, …: B only (6); odd i: A only (30); other even i: both pass (24).
        #expect(object["both_fail"] as? Int == 0 && object["a_only"] as? Int == 30 && object["b_only"] as? Int == 6)
        #expect(object["both_pass"] as? Int == 24 && object["paired"] as? Int == 60)
        let better = try CLI.run(["evals", "compare", project, "candidate", "base"])
        #expect(better.status == 0)
        #expect(better.stdout.contains("verdict: B is better than A"))
    }

    @Test func compareReportsUnpairedCasesAndSmallDifferencesHonestly() throws {
        let a = try writeRun("a.jsonl", count: 10) { $0 != 3 }
        let b = try writeRun("b.jsonl", count: 12) { $0 != 3 && $0 != 4 }
        #expect(try CLI.run(["evals", "import", project, a]).status == 0)
        #expect(try CLI.run(["evals", "import", project, b]).status == 0)
        let result = try CLI.run(["evals", "compare", project, "1", "2", "--json"])
        #expect(result.status == 0)
        let object = try #require(try json(result) as? [String: Any])
        #expect(object["unpaired_a"] as? Int == 0 && object["unpaired_b"] as? Int == 2)
        #expect(object["unpaired_b_keys"] as? [String] == ["c10", "c11"])
        #expect(object["verdict"] as? String == "no detectable difference")
        #expect(object["a_only_keys"] as? [String] == ["c4"])
    }

    @Test func gradeBuildsARunWithEveryGradersVerdict() throws {
        let schema = dir.path("schema.json")
        try #"{"type": "object", "properties": {"answer": {"type": "integer"}}, "required": ["answer"]}"#
            .write(toFile: schema, atomically: true, encoding: .utf8)
        let outputs = dir.path("outputs.jsonl")
        try """
        {"id": "q1", "input": "2+2?", "output": "{\\"answer\\": 4}", "expected": "{\\"answer\\": 4}"}
        {"id": "q2", "input": "3+3?", "output": "{\\"answer\\": \\"six\\"}", "expected": "{\\"answer\\": 6}"}
        """.write(toFile: outputs, atomically: true, encoding: .utf8)
        let graded = try CLI.run(["evals", "grade", project, outputs, "--grader", "json-valid", "json-schema:\(schema)",
                                  "--name", "graded", "--rung", "prompt", "--json"])
        #expect(graded.status == 0, "\(graded.stderr)")
        let show = try CLI.run(["evals", "show", project, "graded", "--json"])
        #expect(show.status == 0)
        let object = try #require(try json(show) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.map { $0["pass"] as? Bool } == [true, false])
        let verdicts = try #require(cases[1]["verdicts"] as? [[String: Any]])
        #expect(verdicts.map { $0["pass"] as? Bool } == [true, false])
        #expect(verdicts[1]["reason"] as? String == "$.answer: expected integer, got string")
        #expect(cases[1]["score"] as? Double == 0.5)
        let run = try #require(object["run"] as? [String: Any])
        #expect(run["rung"] as? String == "prompt")
        let unknown = try CLI.run(["evals", "grade", project, outputs, "--grader", "bleu"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown grader 'bleu'"))
    }

    @Test func setRungAndRunReferences() throws {
        let a = try writeRun("a.jsonl", count: 3) { _ in true }
        #expect(try CLI.run(["evals", "import", project, a, "--name", "same"]).status == 0)
        #expect(try CLI.run(["evals", "set-rung", project, "same", "retrieval"]).status == 0)
        #expect(try list().first?["rung"] as? String == "retrieval")
        #expect(try CLI.run(["evals", "set-rung", project, "1", "none"]).status == 0)
        #expect(try list().first?["rung"] is NSNull)
        #expect(try CLI.run(["evals", "set-rung", project, "same", "gpu"]).status == 2)
        #expect(try CLI.run(["evals", "import", project, a, "--name", "same"]).status == 0)
        let ambiguous = try CLI.run(["evals", "show", project, "same"])
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("ids 1, 2"))
    }

    @Test func showNeverPrintsControlSequencesFromOutputs() throws {
        let path = dir.path("esc.jsonl")
        try #"{"id": "e1", "output": "\u001b[2Jgone", "pass": true}"#.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["evals", "import", project, path]).status == 0)
        let show = try CLI.run(["evals", "show", project, "esc"])
        #expect(show.status == 0)
        #expect(!show.stdout.contains("\u{1b}"))
        #expect(show.stdout.contains("·[2Jgone"))
        // Error messages quote file contents: they are made safe too.
        let bad = dir.path("bad-esc.jsonl")
        try #"{"id": "x", "pass": "\u001b[31mred"}"#.write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["evals", "import", project, bad])
        #expect(refused.status == 2)
        #expect(!refused.stderr.contains("\u{1b}"))
        #expect(refused.stderr.contains("pass '·[31mred'"))
    }
}
