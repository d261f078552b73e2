import Foundation
import Testing
import TuneBenchTestSupport

/// `import`, `validate`, `review`, `examples`, `export` and `info`'s review counts, through the real binary.
@Suite struct DatasetCommandsTests {
    let dir: TemporaryDirectory
    let project: String

    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        _ = try CLI.run(["new", project])
    }

    private func sample(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/datasets/\(name)", withExtension: nil)).path
    }

    private func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func importJSONHasTheContractKeys() throws {
        let result = try CLI.run(["import", project, try sample("openai_cookbook_toy_chat_fine_tuning.jsonl"), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect(object["dataset"] as? String == "openai_cookbook_toy_chat_fine_tuning")
        #expect(object["format"] as? String == "openai-chat")
        #expect(object["imported"] as? Int == 5)
        #expect((object["problems"] as? [Any])?.isEmpty == true)
    }

    @Test func everySampleImportsWithItsFormat() throws {
        for (name, format) in [("axolotl_fixture_alpaca.json", "alpaca"), ("axolotl_fixture_sharegpt_conversation.json", "sharegpt"),
                               ("openai_cookbook_drone_training.jsonl", "openai-chat")] {
            let result = try CLI.run(["import", project, try sample(name)])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("(\(format))"), "\(result.stdout)")
        }
    }

    @Test func exitCodesForProblemsStrictAndNothingReadable() throws {
        let mixed = dir.path("mixed.jsonl")
        try Data("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n{oops\n".utf8)
            .write(to: URL(fileURLWithPath: mixed))
        let lenient = try CLI.run(["import", project, mixed])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("imported 1, problems 1"))
        #expect(lenient.stdout.contains("line 2: invalid JSON"))
        let strict = try CLI.run(["import", project, mixed, "--dataset", "again", "--strict"])
        #expect(strict.status == 1)

        let junk = dir.path("junk.jsonl")
        try Data("{\"messages\": oops}\n".utf8).write(to: URL(fileURLWithPath: junk))
        let nothing = try CLI.run(["import", project, junk, "--format", "openai-chat"])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("nothing could be imported"))
        #expect(try CLI.run(["import", project, dir.path("missing.jsonl")]).status == 2)
        #expect(try CLI.run(["import", project, mixed, "--format", "nope"]).status == 2)
    }

    @Test func validateJSONOnTheDroneSampleHasEveryCategoryAndNoErrors() throws {
        #expect(try CLI.run(["import", project, try sample("openai_cookbook_drone_training.jsonl")]).status == 0)
        let result = try CLI.run(["validate", project, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect(object["examples"] as? Int == 103)
        let errors = try #require(object["errors"] as? [String: Int])
        for name in ["data_type", "missing_messages_list", "message_missing_key", "message_unrecognized_key",
                     "unrecognized_role", "missing_content", "example_missing_assistant_message"] {
            #expect(errors[name] == 0, "\(name)")
        }
        #expect(errors.values.allSatisfy { $0 == 0 })
        let warnings = try #require(object["warnings"] as? [String: Int])
        #expect(warnings["missing_system_message"] == 0 && warnings["near_duplicate"] != nil)
        let ids = try #require(object["ids"] as? [String: [String]])
        #expect(Set(ids.keys) == Set(errors.keys).union(warnings.keys))
    }

    @Test func validateExitsOneOnErrors() throws {
        let bad = dir.path("bad.jsonl")
        try Data("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}\n".utf8).write(to: URL(fileURLWithPath: bad))
        #expect(try CLI.run(["import", project, bad]).status == 0)
        let result = try CLI.run(["validate", project, "--json"])
        #expect(result.status == 1)
        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect((object["errors"] as? [String: Int])?["example_missing_assistant_message"] == 1)
    }

    @Test func reviewShowsInInfoAndExamplesAndUndoes() throws {
        #expect(try CLI.run(["import", project, try sample("openai_cookbook_toy_chat_fine_tuning.jsonl")]).status == 0)
        let listed = try CLI.run(["examples", project, "--json"])
        let examples = try #require(try json(listed.stdout) as? [[String: Any]])
        #expect(examples.count == 5)
        #expect(Set(examples[0].keys).isSuperset(of: ["id", "dataset", "status", "tokens", "errors"]))
        let id = try #require(examples[0]["id"] as? String)
        #expect(try CLI.run(["review", project, id, "--accept", "--tag", "good", "--note", "fine"]).status == 0)
        #expect(try CLI.run(["review", project, id]).status == 2)
        #expect(try CLI.run(["review", project, "0000000000000000", "--reject"]).status == 2)

        func review() throws -> [String: Int] {
            let info = try CLI.run(["info", project, "--json"])
            return try #require((try json(info.stdout) as? [String: Any])?["review"] as? [String: Int])
        }
        #expect(try review() == ["pending": 4, "accepted": 1, "rejected": 0, "flagged": 0])
        let accepted = try CLI.run(["examples", project, "--status", "accepted", "--json"])
        #expect((try json(accepted.stdout) as? [[String: Any]])?.map { $0["id"] as? String } == [id])
        #expect(try CLI.run(["review", project, "--undo"]).status == 0)
        #expect(try review()["accepted"] == 0)
        #expect(try CLI.run(["review", project, "--undo"]).status == 2)
    }

    @Test func exportRoundTripAndSplit() throws {
        let source = try sample("openai_cookbook_drone_training.jsonl")
        #expect(try CLI.run(["import", project, source]).status == 0)
        let out = dir.path("out.jsonl")
        let exported = try CLI.run(["export", project, "-o", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == (try Data(contentsOf: URL(fileURLWithPath: source))))

        let split = try CLI.run(["export", project, "-o", dir.path("s.jsonl"), "--split", "0.9", "--seed", "1", "--json"])
        #expect(split.status == 0)
        let files = try #require((try json(split.stdout) as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["examples"] as? Int } == [93, 10])
        #expect(try CLI.run(["export", project, "-o", out, "--format", "csv"]).status == 2)
        #expect(try CLI.run(["export", project, "-o", out, "--split", "2"]).status == 2)
    }

    @Test func indexThenSearchFindsExamplesInFileOrder() throws {
        #expect(try CLI.run(["import", project, try sample("openai_cookbook_toy_chat_fine_tuning.jsonl")]).status == 0)
        let indexed = try CLI.run(["index", project, "--json"])
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect((try json(indexed.stdout) as? [String: Int])?["indexed"] == 5)
        let ids = try #require(try json(try CLI.run(["examples", project, "--json"]).stdout) as? [[String: Any]]).compactMap { $0["id"] as? String }
        let found = try CLI.run(["index", project, "--search", "today", "--json"])
        #expect((try json(found.stdout) as? [String]) == [ids[0], ids[1], ids[2]])
    }

    @Test func killedImportLeavesTheDatasetCompleteOrAbsent() throws {
        let big = dir.path("big.jsonl")
        let question = String(repeating: "question words ", count: 40)
        let answer = String(repeating: "answer words ", count: 60)
        let lines = (0..<20_000).map {
            "{\"messages\":[{\"role\":\"user\",\"content\":\"\($0) \(question)\"},{\"role\":\"assistant\",\"content\":\"\(answer)\"}]}"
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: big))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binaryPath)
        process.arguments = ["import", project, big]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the import has written into the project's write-ahead log, then kill it without warning.
        while process.isRunning && ((try? FileManager.default.attributesOfItem(atPath: project + "-wal")[.size] as? Int) ?? 0) < 1_000_000 {
            usleep(1000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let info = try CLI.run(["info", project, "--json"])
        #expect(info.status == 0, "\(info.stderr)")
        let counts = try #require((try json(info.stdout) as? [String: Any])?["counts"] as? [String: Int])
        #expect(counts["examples"] == 0 || counts["examples"] == 20_000, "\(counts)")
        #expect(counts["datasets"] == (counts["examples"] == 0 ? 0 : 1))
        let listed = try CLI.run(["examples", project, "--json"])
        if counts["datasets"] == 0 {
            #expect(listed.status == 2)
        } else {
            #expect((try json(listed.stdout) as? [Any])?.count == 20_000)
        }
    }
}
