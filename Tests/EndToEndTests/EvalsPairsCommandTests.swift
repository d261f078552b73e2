import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// `tunebench evals pairs` through the real binary on the GraphQL example's eval outputs: as many pairs as
/// `evals compare` finds one-sided cases, every line in the chosen format, overrides counted the same way.
@Suite struct EvalsPairsCommandTests {
    let dir: TemporaryDirectory
    let project: String

    /// A project with the example's prompt-v3 and rag-sdl outputs graded by its GraphQL grader.
    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        let example = CLI.repositoryRoot.appendingPathComponent("projects/graphql-assistant")
        let grader = "graphql:" + example.appendingPathComponent("schema.graphql").path
        for (file, name) in [("prompt", "prompt-v3"), ("rag", "rag-sdl")] {
            let graded = try CLI.run(["evals", "grade", project, example.appendingPathComponent("evals/\(file).jsonl").path,
                                      "--grader", grader, "--name", name])
            #expect(graded.status == 0, "\(graded.stderr)")
        }
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    func lines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { try object(String($0)) }
    }

    func compare() throws -> [String: Any] {
        let result = try CLI.run(["evals", "compare", project, "prompt-v3", "rag-sdl", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try object(result.stdout)
    }

    func pairs(_ format: String, to output: String) throws -> [String: Any] {
        let result = try CLI.run(["evals", "pairs", project, "prompt-v3", "rag-sdl", "--output", output, "--format", format, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try object(result.stdout)
    }

    /// A message list of one or more `{"role", "content"}` objects, the last with `role`.
    func isMessages(_ value: Any?, lastRole: String? = nil, count: Int? = nil) -> Bool {
        guard let list = value as? [[String: Any]], !list.isEmpty, count.map({ list.count == $0 }) ?? true else { return false }
        return list.allSatisfy { $0["role"] is String && $0["content"] is String }
            && (lastRole.map { list.last?["role"] as? String == $0 } ?? true)
    }

    @Test(arguments: [("openai-preference", "openai-preference"), ("trl", "trl-preference")])
    func pairCountIsTheOneSidedCountAndEveryLineIsInTheFormat(format: String, datasetFormat: String) throws {
        let comparison = try compare()
        let output = dir.path("pairs-\(format).jsonl")
        let report = try pairs(format, to: output)
        let oneSided = try #require(comparison["a_only"] as? Int) + (try #require(comparison["b_only"] as? Int))
        #expect(oneSided > 0, "the example's runs disagree on some cases")
        #expect(report["pairs"] as? Int == oneSided)
        #expect(report["shared_cases"] as? Int == comparison["paired"] as? Int)
        #expect(report["format"] as? String == format && report["output"] as? String == output)
        let skipped = try #require(report["skipped"] as? [String: Int])
        #expect(skipped["both_pass"] == comparison["both_pass"] as? Int && skipped["both_fail"] == comparison["both_fail"] as? Int)
        #expect(skipped.values.reduce(0, +) + oneSided == comparison["paired"] as? Int)

        let records = try lines(output)
        #expect(records.count == oneSided)
        for record in records {
            if format == "trl" {
                #expect(Set(record.keys) == ["prompt", "chosen", "rejected"])
                #expect(isMessages(record["prompt"], lastRole: "user"))
                #expect(isMessages(record["chosen"], lastRole: "assistant", count: 1))
                #expect(isMessages(record["rejected"], lastRole: "assistant", count: 1))
            } else {
                #expect(Set(record.keys) == ["input", "preferred_output", "non_preferred_output"])
                let input = try #require(record["input"] as? [String: Any])
                #expect(Set(input.keys) == ["messages"] && isMessages(input["messages"], lastRole: "user"))
                #expect(isMessages(record["preferred_output"], lastRole: "assistant", count: 1))
                #expect(isMessages(record["non_preferred_output"], lastRole: "assistant", count: 1))
            }
        }
        // The project's own dataset reader takes the file as that format, every line.
        let imported = try CLI.run(["import", project, output, "--format", datasetFormat, "--strict", "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try object(imported.stdout)["imported"] as? Int == oneSided)

        // Line N of the sidecar describes pair N; together they are the cases compare lists as one-sided.
        let metadataPath = dir.path("pairs-\(format).meta.jsonl")
        #expect(report["metadata"] as? String == metadataPath)
        let metadata = try lines(metadataPath)
        #expect(metadata.map { $0["line"] as? Int } == Array(1...oneSided))
        let flips = (comparison["a_only_keys"] as? [String] ?? []) + (comparison["b_only_keys"] as? [String] ?? [])
        #expect(Set(metadata.compactMap { $0["case"] as? String }) == Set(flips))
        let aOnly = Set(comparison["a_only_keys"] as? [String] ?? [])
        for line in metadata {
            let chosen = aOnly.contains(line["case"] as? String ?? "") ? "prompt-v3" : "rag-sdl"
            #expect(line["chosen_run"] as? String == chosen, "\(line)")
        }
    }

    @Test func anOverrideFlipsAPairAsItFlipsTheComparisonAndItsNoteGoesToTheSidecar() throws {
        let before = try compare()
        let flipped = try #require((before["a_only_keys"] as? [String])?.first)
        do {
            let store = try ProjectStore.open(path: project)
            let run = try store.evalRun(resolving: "rag-sdl")
            try store.setEvalOverride(runID: run.id, caseKey: flipped, to: EvalOverride(
                runID: run.id, caseKey: flipped, pass: true, note: "alias is valid", created: Date(timeIntervalSince1970: 1_800_000_000)))
        }
        let after = try compare()
        #expect(after["a_only"] as? Int == (before["a_only"] as? Int ?? 0) - 1)
        let report = try pairs("openai-preference", to: dir.path("pairs.jsonl"))
        #expect(report["pairs"] as? Int == (after["a_only"] as? Int ?? 0) + (after["b_only"] as? Int ?? 0))
        #expect((report["skipped"] as? [String: Int])?["both_pass"] == after["both_pass"] as? Int)
        #expect(try lines(dir.path("pairs.meta.jsonl")).allSatisfy { $0["case"] as? String != flipped })

        // Overriding a one-sided case's failing side to fail keeps the pair and records the note.
        let kept = try #require((after["b_only_keys"] as? [String])?.first)
        do {
            let store = try ProjectStore.open(path: project)
            let run = try store.evalRun(resolving: "prompt-v3")
            try store.setEvalOverride(runID: run.id, caseKey: kept, to: EvalOverride(
                runID: run.id, caseKey: kept, pass: false, note: "wrong owner", created: Date(timeIntervalSince1970: 1_800_000_000)))
        }
        _ = try pairs("trl", to: dir.path("pairs.jsonl"))
        let line = try #require(try lines(dir.path("pairs.meta.jsonl")).first { $0["case"] as? String == kept })
        #expect(line["rejected_override_note"] as? String == "wrong owner")
        #expect(line["chosen_override_note"] is NSNull)
    }

    @Test func pairsToStandardOutputLeaveTheReportOnStandardError() throws {
        let result = try CLI.run(["evals", "pairs", project, "prompt-v3", "rag-sdl", "-o", "/dev/stdout"])
        #expect(result.status == 0, "\(result.stderr)")
        let comparison = try compare()
        let records = try result.stdout.split(separator: "\n").map { try object(String($0)) }
        #expect(records.count == (comparison["a_only"] as? Int ?? 0) + (comparison["b_only"] as? Int ?? 0))
        #expect(result.stderr.contains("wrote \(records.count) pairs (openai-preference) to /dev/stdout"), "\(result.stderr)")
        #expect(result.stderr.contains("no metadata sidecar"))
    }

    @Test func anUnknownRunIsASentenceWithTheNearestName() throws {
        let result = try CLI.run(["evals", "pairs", project, "prompt-v4", "rag-sdl", "-o", dir.path("x.jsonl")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no eval run has id or name 'prompt-v4'; did you mean 'prompt-v3'?"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("x.jsonl")))
    }
}
