import Foundation
import Testing
@testable import TuneBenchCore

@Suite("Eval importers on the real samples")
struct EvalImporterTests {
    @Test("promptfoo v3 export: one run per provider, 2 tests each, all failing on latency")
    func promptfooSample() throws {
        let runs = try EvalFileImport.runs(from: EvalFixtures.data("promptfoo_sample-export.json"), fileName: "promptfoo_sample-export.json")
        #expect(runs.map(\.name) == ["promptfoo_sample-export openai:gpt-5", "promptfoo_sample-export openai:gpt-5-mini"])
        #expect(runs.map(\.model) == ["openai:gpt-5", "openai:gpt-5-mini"])
        for run in runs {
            #expect(run.source == "promptfoo")
            #expect(run.cases.count == 2)
            #expect(run.passedCount == 0)
            #expect(run.created != nil)
            for (index, item) in run.cases.enumerated() {
                #expect(item.verdicts.contains { $0.grader == "latency" && !$0.pass && $0.reason.contains("greater than threshold 3000ms") })
                #expect(item.error == nil, "assertion failures are not errors")
                #expect(item.key.hasPrefix("\(index):"))
            }
        }
        // Both providers ran the same tests: the keys pair.
        #expect(Set(runs[0].cases.map(\.key)) == Set(runs[1].cases.map(\.key)))
        let mini = runs[1].cases[0]
        #expect(mini.score == 0.75)
        #expect(mini.latencyMs == 5794)
        #expect(mini.tokens == CaseTokens(input: 37, output: 245, total: 282))
        #expect(mini.cost == 0.00049925)
        #expect(mini.output.hasPrefix("Answer: An echo."))
        #expect(mini.input.hasPrefix("Solve this riddle: I speak without a mouth"))
        #expect(mini.expected?.contains("contains: echo") == true)
        #expect(mini.verdicts.count == 4)
    }

    @Test("promptfoo case key is testIdx plus a hash of vars that ignores key order")
    func promptfooKey() {
        let a = PromptfooImporter.caseKey(testIdx: 3, vars: .object([JSONMember("x", .number("1")), JSONMember("y", .string("b"))]))
        let b = PromptfooImporter.caseKey(testIdx: 3, vars: .object([JSONMember("y", .string("b")), JSONMember("x", .number("1"))]))
        let c = PromptfooImporter.caseKey(testIdx: 3, vars: .object([JSONMember("x", .number("2")), JSONMember("y", .string("b"))]))
        #expect(a == b)
        #expect(a != c)
        #expect(a.hasPrefix("3:") && a.count == 2 + 12)
    }

    @Test("promptfoo JSONL: one result a line, grouped per provider; a bad line is named")
    func promptfooJSONL() throws {
        let results = try #require(try JSONParser.parse(EvalFixtures.data("promptfoo_sample-export.json"), location: "x")["results"]?["results"])
        guard case .array(let items) = results else { Issue.record("no results"); return }
        let jsonl = items.map(\.canonicalText).joined(separator: "\n") + "\n"
        let runs = try EvalFileImport.runs(from: Data(jsonl.utf8), fileName: "out.jsonl")
        #expect(runs.count == 2)
        #expect(runs.allSatisfy { $0.cases.count == 2 && $0.passedCount == 0 })
        let broken = jsonl + "{\"testIdx\": \"zero\"}\n"
        #expect(throws: EvalInputError.self) { try EvalFileImport.runs(from: Data(broken.utf8), fileName: "out.jsonl", format: .promptfoo) }
        do { _ = try EvalFileImport.runs(from: Data(broken.utf8), fileName: "out.jsonl", format: .promptfoo) }
        catch {
            #expect(error.location == "out.jsonl:5")
            #expect(error.message == "testIdx: expected a whole number, got string")
        }
        // In a results file the path says which result.
        let text = #"{"results": {"version": 3, "results": [{"testIdx": 0}, {"testIdx": 1, "gradingResult": {"componentResults": [{"pass": "yes"}]}}]}}"#
        do { _ = try EvalFileImport.runs(from: Data(text.utf8), fileName: "r.json"); Issue.record("expected an error") }
        catch { #expect(error.description == "r.json: results.results[1].gradingResult.componentResults[0].pass: expected true or false, got string") }
    }

    @Test("promptfoo table form (results version 2): one run per column")
    func promptfooTable() throws {
        let text = """
        {"results": {"version": 2, "timestamp": "2024-01-02T03:04:05.000Z", "results": [], "table": {
          "head": {"prompts": [{"raw": "Say {{w}}", "provider": "openai:a"}, {"raw": "Say {{w}}", "provider": "openai:b"}], "vars": ["w"]},
          "body": [
            {"vars": ["hi"], "outputs": [{"pass": true, "score": 1, "text": "hi", "latencyMs": 10}, {"pass": false, "score": 0, "text": "yo", "gradingResult": {"pass": false, "score": 0, "reason": "Expected hi"}}]},
            {"vars": ["bye"], "outputs": [{"pass": true, "score": 1, "text": "bye"}, {"pass": true, "score": 1, "text": "bye"}]}
          ]}}}
        """
        let runs = try EvalFileImport.runs(from: Data(text.utf8), fileName: "old.json", name: "old")
        #expect(runs.map(\.model) == ["openai:a", "openai:b"])
        #expect(runs.map(\.passedCount) == [2, 1])
        #expect(runs[1].cases[0].verdicts == [GraderVerdict(grader: "promptfoo", pass: false, score: 0, reason: "Expected hi")])
        #expect(runs[0].cases.map(\.key) == runs[1].cases.map(\.key))
        #expect(runs[0].cases[0].key == PromptfooImporter.caseKey(testIdx: 0, vars: .object([JSONMember("w", .string("hi"))])))
    }

    @Test("inspect JSON log: 3 samples scored C by model_graded_fact")
    func inspectJSON() throws {
        let runs = try EvalFileImport.runs(from: EvalFixtures.data("inspect_ai_security-guide_log.json"), fileName: "security.json", rung: .rag)
        let run = try #require(runs.first)
        #expect(runs.count == 1)
        #expect(run.source == "inspect_ai")
        #expect(run.model == "openai/gpt-4o-mini")
        #expect(run.rung == .rag)
        #expect(run.cases.map(\.key) == ["1#1", "2#1", "3#1"])
        #expect(run.passedCount == 3)
        let first = run.cases[0]
        #expect(first.input == "How do I prevent SQL Injection attacks?")
        #expect(first.expected == "use parameterized queries and prepared statements")
        #expect(first.output.hasPrefix("Use parameterized queries and prepared statements"))
        #expect(first.metrics == ["model_graded_fact": 1])
        #expect(first.verdicts.first?.reason.hasPrefix("To evaluate the submission") == true)
        #expect(first.tokens == CaseTokens(input: 61, output: 17, total: 78))
        #expect(first.latencyMs == 6282)
    }

    @Test("inspect .eval zip: 10 samples from the deflate entries")
    func inspectEval() throws {
        let run = try #require(try EvalFileImport.runs(from: EvalFixtures.data("inspect_ai_popularity_log.eval"), fileName: "pop.eval").first)
        #expect(run.cases.count == 10)
        #expect(run.passedCount == 8, "inspect's own accuracy in header.json is 0.8 (samples 3 and 7 scored I)")
        #expect(run.cases.map(\.key) == (1...10).map { "\($0)#1" })
        #expect(run.model == "openai/gpt-4o-mini")
        #expect(run.cases[0].expected == " Yes")
        #expect(run.cases.allSatisfy { $0.metrics["match"] != nil })
    }

    @Test("a .eval written by inspect_ai 0.3.285: every entry zstd, 3 samples, includes() scored")
    func inspectCurrentEval() throws {
        let run = try #require(try EvalFileImport.runs(from: EvalFixtures.data("inspect_0.3.285_arithmetic.eval"), fileName: "a.eval").first)
        #expect(run.cases.map(\.key) == ["add#1", "echo#1", "mul#1"])
        #expect(run.model == "mockllm/model")
        #expect(run.passedCount == 1, "mockllm answers `Default output from mockllm/model`: only `echo` includes its target")
        #expect(run.cases.first { $0.key == "echo#1" }?.pass == true)
        #expect(run.cases[0].input == "What is 1+1?")
        #expect(run.cases[0].output == "Default output from mockllm/model")
    }

    @Test("runs are named as inspect view names logs: task and model; --name wins")
    func inspectRunNames() throws {
        let eval = try #require(try EvalFileImport.runs(from: EvalFixtures.data("inspect_0.3.285_arithmetic.eval"), fileName: "logs/2026-12-06T13-37-43-00-00_arithmetic_KroWw424vxjuVrY8AwQRqZ.eval").first)
        #expect(eval.name == "arithmetic mockllm/model")
        let json = try #require(try EvalFileImport.runs(from: EvalFixtures.data("inspect_ai_security-guide_log.json"), fileName: "log.json").first)
        #expect(json.name == "security_guide openai/gpt-4o-mini")
        let named = try EvalFileImport.runs(from: EvalFixtures.data("inspect_ai_security-guide_log.json"), fileName: "log.json", name: "mine")
        #expect(named.map(\.name) == ["mine"])
    }

    @Test("a log still being written (no header.json): the samples complete so far, and a note saying so")
    func inspectInProgress() throws {
        let run = try #require(try EvalFileImport.runs(from: EvalFixtures.data("inspect_0.3.285_in_progress.eval"), fileName: "live.eval").first)
        #expect(run.cases.map(\.key) == ["add#1", "mul#1"])
        #expect(run.name == "arithmetic mockllm/model")
        #expect(run.model == "mockllm/model")
        #expect(run.notes == ["live.eval: the log is still being written (no header.json yet): imported the 2 samples complete so far"])
        let finished = try #require(try EvalFileImport.runs(from: EvalFixtures.data("inspect_0.3.285_arithmetic.eval"), fileName: "a.eval").first)
        #expect(finished.notes.isEmpty)
    }

    @Test("the declared headline scorer decides, and a list-valued score is the mean of its members (real 0.3.285 log)")
    func inspectHeadlineAndListValues() throws {
        let run = try #require(try EvalFileImport.runs(from: EvalFixtures.data("inspect_0.3.285_headline.eval"), fileName: "h.eval").first)
        #expect(run.cases.map(\.key) == ["add#1", "echo#1"])
        // headline_metric="checks": `add` passes all three checks, `echo` fails the first; includes() says the opposite.
        #expect(run.cases.map(\.pass) == [true, false])
        #expect(run.cases.map { $0.verdicts.first?.grader } == ["checks", "checks"])
        #expect(abs(run.cases[1].score - 2.0 / 3) < 1e-9)
        #expect(run.cases.map { $0.metrics["includes"] } == [0, 1])
    }

    @Test("the same log rewritten as zip64 (every record with zip64 fields) reads the same")
    func inspectZip64() throws {
        let plain = try EvalFileImport.runs(from: EvalFixtures.data("inspect_0.3.285_arithmetic.eval"), fileName: "a.eval")
        let zip64 = try EvalFileImport.runs(from: EvalFixtures.data("inspect_0.3.285_arithmetic_zip64.eval"), fileName: "a.eval")
        #expect(zip64 == plain)
    }

    @Test("an entry marked zstd whose bytes are not zstd is refused, naming the entry")
    func inspectDamagedZstd() throws {
        let error = try #require(throws: EvalInputError.self) {
            try EvalFileImport.runs(from: EvalFixtures.data("inspect_zstd_entry.eval"), fileName: "z.eval")
        }
        #expect(error.location == "z.eval: samples/1_epoch_1.json")
        #expect(error.message.hasPrefix("damaged archive: the zstd data is damaged"), "\(error.message)")
    }

    @Test("zstd and deflate bombs (2 GiB and 300 MiB of zeros) are refused before anything is inflated",
          arguments: ["zstd_bomb.eval", "deflate_bomb.eval"])
    func inspectBombs(file: String) throws {
        let error = try #require(throws: EvalInputError.self) {
            try EvalFileImport.runs(from: EvalFixtures.data(file), fileName: file)
        }
        #expect(error.location == "\(file): samples/1_epoch_1.json")
        #expect(error.message.hasSuffix("more than the 64 MiB tunebench reads from one entry (--max-record-bytes)"), "\(error.message)")
    }

    @Test("a bomb whose directory understates its size stops at the declared size", arguments: ["zstd_bomb.eval", "deflate_bomb.eval"])
    func inspectLyingBombs(file: String) throws {
        var bytes = [UInt8](try EvalFixtures.data(file))
        // The sample's central record: declare 1,000 bytes uncompressed (zip64 extra field first, else the 32-bit field).
        let record = try #require(ZipFixtureBytes.centralRecord(named: "samples/1_epoch_1.json", in: bytes))
        ZipFixtureBytes.setUncompressedSize(1000, record: record, in: &bytes)
        let error = try #require(throws: EvalInputError.self) {
            try EvalFileImport.runs(from: Data(bytes), fileName: file)
        }
        #expect(error.message == "damaged archive: the entry inflates to more bytes than the directory declares", "\(error.message)")
    }

    @Test("inspect score values: C/I/P/N, booleans, numbers, dictionaries; others refused")
    func inspectScoreValues() {
        #expect(["C", "I", "P", "N"].map { InspectImporter.scoreValue(.string($0)) } == [1, 0, 0.5, 0])
        #expect(InspectImporter.scoreValue(.bool(true)) == 1)
        #expect(InspectImporter.scoreValue(.number("0.25")) == 0.25)
        #expect(InspectImporter.scoreValue(.object([JSONMember("a", .string("C")), JSONMember("b", .string("I"))])) == 0.5)
        #expect(InspectImporter.scoreValue(.array([.number("1"), .bool(false), .string("C"), .number("0")])) == 0.5)
        #expect(InspectImporter.scoreValue(.array([])) == nil)
        #expect(InspectImporter.scoreValue(.array([.number("1"), .string("maybe")])) == nil)
        #expect(InspectImporter.scoreValue(.number("7")) == nil)
        #expect(InspectImporter.scoreValue(.string("maybe")) == nil)
    }

    @Test("a file that is not a zip but named .eval is refused clearly")
    func notAZip() {
        do {
            _ = try EvalFileImport.runs(from: Data("{}".utf8), fileName: "x.eval")
            Issue.record("expected an error")
        } catch { #expect(error.message.contains("not a zip archive")) }
    }
}
