import Foundation
import Testing
import TuneBenchTestSupport

/// `tune plan`, `tune list` and `evals set-rung --tune` on the GraphQL example, as a user runs them.
@Suite struct TuneCommandsTests {
    /// A copy of the built GraphQL example in a temporary folder, with one rejected example that has validation
    /// errors accepted, so the bundle must leave out an accepted example with errors.
    struct Example {
        let directory: TemporaryDirectory
        let path: String
        let acceptedWithErrors: String

        init() throws {
            directory = try TemporaryDirectory()
            path = try DemoProject.copy("graphql-assistant", into: directory, as: "graphql.tunebench")
            let invalid = try Self.examples(path).first { $0.status == "rejected" && $0.errors > 0 }
            acceptedWithErrors = try #require(invalid).id
            let review = try CLI.run(["review", path, acceptedWithErrors, "--accept"])
            #expect(review.status == 0, "\(review.stderr)")
        }

        struct Listed { let id: String; let status: String; let errors: Int }

        static func examples(_ path: String) throws -> [Listed] {
            let listed = try CLI.run(["examples", path, "--json"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            return array.map { Listed(id: $0["id"] as! String, status: $0["status"] as! String,
                                      errors: ($0["errors"] as? [Any])?.count ?? 0) }
        }
    }

    static func lines(_ path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Parses a YAML file with Python's yaml (PyYAML) when it is installed and returns it as JSON; nil without it.
    static func yamlAsJSON(_ path: String) throws -> [String: Any]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, json, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try JSONSerialization.jsonObject(with: data) as? [String: Any]
    }

    /// The top-level `key:` names of a YAML file (what the tests check when PyYAML is missing).
    static func topLevelKeys(_ path: String) throws -> Set<String> {
        Set(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard let first = line.first, first != " ", first != "#", let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[..<colon])
        })
    }

    @Test(arguments: ["openai", "axolotl", "trl"])
    func bundleHoldsExactlyTheAcceptedExamplesWithoutErrors(tool: String) throws {
        let example = try Example()
        let expected = try Example.examples(example.path).filter { $0.status == "accepted" && $0.errors == 0 }.count
        let bundle = example.directory.path("bundle-\(tool)")
        let result = try CLI.run(["tune", "plan", example.path, "--for", tool, "--output", bundle, "--split", "0.9",
                                  "--seed", "7", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try Self.object(result.stdout)
        #expect(Set(json.keys) == ["bundle", "files", "examples", "tokens", "epochs", "charged_tokens", "cost"])

        let train = try Self.lines(bundle + "/train.jsonl")
        let val = try Self.lines(bundle + "/val.jsonl")
        #expect(train.count + val.count == expected)
        #expect(Set(train).isDisjoint(with: Set(val)))
        let examples = try #require(json["examples"] as? [String: Int])
        #expect(examples == ["train": train.count, "val": val.count])

        // Every line is an accepted example as exported, and the one accepted example with errors is not there.
        let exported = example.directory.path("accepted.jsonl")
        #expect(try CLI.run(["export", example.path, "-o", exported, "--status", "accepted"]).status == 0)
        let acceptedLines = try Self.lines(exported)
        #expect(acceptedLines.count == expected + 1)
        #expect(Set(train + val).isSubset(of: Set(acceptedLines)))

        // charged_tokens = epochs × the training tokens (the store test recounts them line by line); OpenAI's
        // default rule gives 3 epochs for this many examples.
        let tokens = try #require(json["tokens"] as? Int)
        let epochs = try #require(json["epochs"] as? Int)
        #expect(epochs == 3)
        #expect(json["charged_tokens"] as? Int == epochs * tokens)
        let cost = try #require(json["cost"] as? [String: Any])
        if cost["usd"] is NSNull {
            #expect((cost["reason"] as? String)?.contains("tunebench assume") == true)
        } else {
            #expect(cost["source"] is String && cost["date"] is String)
        }
        let files = try #require(json["files"] as? [String])
        #expect(files.count == 4)
        #expect(FileManager.default.fileExists(atPath: bundle + "/README.md"))

        switch tool {
        case "openai":
            let job = try Self.object(try String(contentsOfFile: bundle + "/job.json", encoding: .utf8))
            #expect(job["model"] as? String == "gpt-4o-mini-2024-07-18")
            #expect(job["training_file"] is String && job["validation_file"] is String && job["suffix"] is String)
            #expect(job["seed"] as? Int == 7)
            let method = try #require(job["method"] as? [String: Any])
            #expect(method["type"] as? String == "supervised")
            let hyper = (method["supervised"] as? [String: Any])?["hyperparameters"] as? [String: Any]
            #expect(hyper?["n_epochs"] as? String == "auto")
        case "axolotl":
            let keys: Set<String> = ["base_model", "adapter", "lora_r", "lora_alpha", "lora_dropout", "lora_target_linear",
                                     "datasets", "test_datasets", "val_set_size", "sequence_len", "num_epochs",
                                     "micro_batch_size", "gradient_accumulation_steps", "learning_rate", "output_dir"]
            if let yaml = try Self.yamlAsJSON(bundle + "/axolotl.yaml") {
                #expect(keys.isSubset(of: Set(yaml.keys)))
                #expect(yaml["adapter"] as? String == "lora")
                let datasets = try #require(yaml["datasets"] as? [[String: Any]])
                #expect(datasets.first?["path"] as? String == "train.jsonl")
                #expect(datasets.first?["type"] as? String == "chat_template")
                #expect(datasets.first?["field_messages"] as? String == "messages")
                #expect((yaml["test_datasets"] as? [[String: Any]])?.first?["path"] as? String == "val.jsonl")
                let length = try #require(yaml["sequence_len"] as? Int)
                #expect(length > 0 && length & (length - 1) == 0)
                #expect(yaml["num_epochs"] as? Int == epochs)
            } else {
                #expect(keys.isSubset(of: try Self.topLevelKeys(bundle + "/axolotl.yaml")))
            }
        default:
            let keys: Set<String> = ["model_name_or_path", "use_peft", "lora_r", "lora_alpha", "dataset_name",
                                     "dataset_train_split", "dataset_test_split", "max_length", "num_train_epochs",
                                     "output_dir", "eval_strategy"]
            if let yaml = try Self.yamlAsJSON(bundle + "/sft.yaml") {
                #expect(keys.isSubset(of: Set(yaml.keys)))
                #expect(yaml["use_peft"] as? Bool == true)
                #expect(yaml["num_train_epochs"] as? Int == epochs)
            } else {
                #expect(keys.isSubset(of: try Self.topLevelKeys(bundle + "/sft.yaml")))
            }
            // TRL's conversational format: every record a `messages` list of role/content turns.
            for line in train.prefix(20) {
                let messages = try #require(try Self.object(line)["messages"] as? [[String: Any]])
                #expect(messages.allSatisfy { $0["role"] is String })
            }
        }
    }

    @Test func linkedTuneTurnsStaleAfterARejection() throws {
        let example = try Example()
        let bundle = example.directory.path("bundle")
        #expect(try CLI.run(["tune", "plan", example.path, "--for", "axolotl", "--output", bundle]).status == 0)
        let link = try CLI.run(["evals", "set-rung", example.path, "lora-r16", "finetune", "--tune", "1"])
        #expect(link.status == 0, "\(link.stderr)")
        #expect(link.stdout.contains("trained by tune #1"))

        func listed() throws -> [String: Any] {
            let list = try CLI.run(["tune", "list", example.path, "--json"])
            #expect(list.status == 0, "\(list.stderr)")
            let array = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
            return try #require(array.first)
        }
        let fresh = try listed()
        #expect(fresh["stale"] as? Bool == false)
        #expect(fresh["runs"] as? [String] == ["lora-r16"])
        #expect((fresh["training_set_sha256"] as? String)?.count == 64)

        let accepted = try #require(try Example.examples(example.path).first { $0.status == "accepted" && $0.errors == 0 })
        #expect(try CLI.run(["review", example.path, accepted.id, "--reject"]).status == 0)
        let stale = try listed()
        #expect(stale["stale"] as? Bool == true)
        #expect(stale["changed_since"] as? Int == 1)
        let text = try CLI.run(["tune", "list", example.path])
        #expect(text.stdout.contains("STALE: 1 example(s) changed since"))
    }

    @Test func badRequestsAreOneClearSentence() throws {
        let example = try Example()
        let wrongTool = try CLI.run(["tune", "plan", example.path, "--for", "vertex", "--output", example.directory.path("b")])
        #expect(wrongTool.status == 2)
        #expect(wrongTool.stderr.contains("--for must be openai, axolotl or trl"))
        let file = example.directory.path("a-file")
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        let onFile = try CLI.run(["tune", "plan", example.path, "--for", "trl", "--output", file])
        #expect(onFile.status == 2)
        #expect(onFile.stderr.contains("\(file): is a file, not a folder"))
        let noTune = try CLI.run(["evals", "set-rung", example.path, "lora-r16", "finetune", "--tune", "9"])
        #expect(noTune.status == 2)
        #expect(noTune.stderr.contains("no tune #9"))
    }

    @Test func exportWithoutStatusWarnsAboutUnreadyExamples() throws {
        let example = try Example()
        let result = try CLI.run(["export", example.path, "-o", example.directory.path("all.jsonl")])
        #expect(result.status == 0)
        #expect(result.stderr.contains("of the 400 exported examples, 40 are unreviewed, 5 rejected and 3 have validation errors"))
        let accepted = try CLI.run(["export", example.path, "-o", example.directory.path("acc.jsonl"), "--status", "accepted"])
        #expect(!accepted.stderr.contains("unreviewed"))
    }
}
