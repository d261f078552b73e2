import Foundation
import Testing
import TuneBenchTestSupport

/// The `--json` outputs added for issue 23, `--problems-format=gnu`, `--rank-dir` / `TUNEBENCH_RANK_DIR` and
/// `tunebench config`, through the real binary.
@Suite struct ConventionsCommandsTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    /// An environment in which no rank file is found unless a test puts one somewhere.
    var isolated: [String: String] {
        ["TIKTOKEN_CACHE_DIR": dir.path("cache"), "XDG_DATA_HOME": dir.path("xdg"), "HOME": dir.path("home"),
         "XDG_CONFIG_HOME": dir.path("config")]
    }

    func object(_ result: CLI.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func project() throws -> String {
        let path = dir.path("p.tunebench")
        let created = try object(CLI.run(["new", path, "--name", "conventions", "--json"]))
        #expect(created["path"] as? String == path)
        #expect(created["name"] as? String == "conventions")
        let lines = (0..<3).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0)"}]}"# }
        try (lines.joined(separator: "\n") + "\n").write(toFile: dir.path("train.jsonl"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", path, dir.path("train.jsonl"), "--dataset", "train"], environment: isolated).status == 0)
        return path
    }

    @Test func reviewUndoAndRedoPrintTheEditAsJSON() throws {
        let path = try project()
        let examples = try #require(try JSONSerialization.jsonObject(
            with: Data(CLI.run(["examples", path, "--json"]).stdout.utf8)) as? [[String: Any]])
        let id = try #require(examples.first?["id"] as? String)
        let reviewed = try object(CLI.run(["review", path, id, "--accept", "--tag", "ok", "--json"]))
        #expect(reviewed["action"] as? String == "apply")
        #expect(reviewed["scope"] as? String == "dataset")
        let review = try #require(reviewed["review"] as? [String: Any])
        #expect(review["id"] as? String == id)
        #expect(review["before"] as? String == "pending")
        #expect(review["after"] as? String == "accepted")
        #expect(review["tags"] as? [String] == ["ok"])
        let undone = try object(CLI.run(["undo", path, "--json"]))
        #expect(undone["action"] as? String == "undo")
        #expect((undone["review"] as? [String: Any])?["after"] as? String == "pending")
        let redone = try object(CLI.run(["redo", path, "--scope", "dataset", "--json"]))
        #expect(redone["action"] as? String == "redo")
        #expect((redone["description"] as? String)?.hasPrefix("redone: ") == true)
    }

    @Test func costAndEvalsCommandsPrintJSON() throws {
        let path = try project()
        let assumed = try object(CLI.run(["assume", path, "hourly_rate=90", "--json"]))
        let changed = try #require(assumed["changed"] as? [[String: Any]])
        #expect(changed.count == 1)
        #expect(changed[0]["name"] as? String == "hourly_rate")
        #expect((changed[0]["after"] as? [String: Any])?["value"] as? Double == 90)
        #expect((changed[0]["after"] as? [String: Any])?["unit"] as? String == "$/hour")

        let price = try object(CLI.run(["prices", "set", path, "my-model", "--input", "1.5", "--output", "6", "--json"]))
        #expect(price["model"] as? String == "my-model")
        #expect(price["input_per_1m"] as? Double == 1.5)
        #expect(price["cache_read_per_1m"] is NSNull)

        try #"{"id":"a","pass":true}"#.appending("\n").write(toFile: dir.path("run.jsonl"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["evals", "import", path, dir.path("run.jsonl"), "--name", "base"]).status == 0)
        let rung = try object(CLI.run(["evals", "set-rung", path, "base", "baseline", "--json"]))
        #expect(rung["name"] as? String == "base")
        #expect(rung["rung"] as? String == "baseline")
        let cleared = try object(CLI.run(["evals", "set-rung", path, "base", "none", "--json"]))
        #expect(cleared["rung"] is NSNull)
    }

    @Test func tokensAndKeysPrintJSON() throws {
        let counted = try object(CLI.run(["tokens", "--encoding", "estimate", "--json"], stdin: Data("Hello world!".utf8),
                                         environment: isolated))
        #expect(counted["tokens"] as? Int == 3)
        #expect(counted["exact"] as? Bool == false)
        #expect(counted["ids"] is NSNull)
        let keys = try CLI.run(["keys", "--json"])
        #expect(keys.status == 0)
        let bindings = try #require(try JSONSerialization.jsonObject(with: Data(keys.stdout.utf8)) as? [[String: Any]])
        #expect(bindings.contains { $0["action"] as? String == "focus-next" && $0["scope"] as? String == "global" })
    }

    @Test func tokenizerStatusJSONListsWhereItLooked() throws {
        let result = try CLI.run(["tokenizer", "status", "--json", "--rank-dir", dir.path("ranks")], environment: isolated)
        #expect(result.status == 1, "no rank file here: a failed check")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let encodings = try #require(object["encodings"] as? [[String: Any]])
        #expect(encodings.map { $0["name"] as? String } == ["cl100k_base", "o200k_base"])
        #expect(encodings.allSatisfy { $0["path"] is NSNull && $0["exact"] as? Bool == false })
        let searched = try #require(encodings[1]["searched"] as? [String])
        #expect(searched.first == dir.path("ranks") + "/o200k_base.tiktoken")
    }

    @Test func tokenizerStatusSaysWhenTheRankDirectoryIsNotThere() throws {
        try "x".write(toFile: dir.path("plain-file"), atomically: true, encoding: .utf8)
        for (folder, why) in [(dir.path("typo"), "no such directory"), (dir.path("plain-file"), "not a directory")] {
            let result = try CLI.run(["tokenizer", "status", "--rank-dir", folder], environment: isolated)
            #expect(result.status == 1, "a folder that is not there is a failed check")
            #expect(result.stderr.contains("--rank-dir \(folder): \(why)"), "\(result.stderr)")
        }
    }

    @Test func rankDirectoryFromTheFlagAndTheEnvironmentIsSearchedFirst() throws {
        // A rank file with the wrong bytes, put where each way names: tunebench must find it there and refuse it
        // for its hash, which proves the place is searched (a real rank file is not needed for that).
        for (arguments, environment) in [(["--rank-dir", dir.path("flag")], isolated),
                                         ([], isolated.merging(["TUNEBENCH_RANK_DIR": dir.path("env")]) { $1 })] {
            let folder = arguments.isEmpty ? dir.path("env") : dir.path("flag")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try "aGVsbG8= 0\n".write(toFile: folder + "/o200k_base.tiktoken", atomically: true, encoding: .utf8)
            let result = try CLI.run(["tokens", "--encoding", "o200k_base"] + arguments, stdin: Data("x".utf8),
                                     environment: environment)
            #expect(result.status == 2)
            #expect(result.stderr.contains("rejected: ") && result.stderr.contains(folder + "/o200k_base.tiktoken"),
                    "\(result.stderr)")
            #expect(result.stderr.contains("TUNEBENCH_RANK_DIR"))
        }
    }

    @Test func configShowsEveryPlaceAndWhatItFound() throws {
        let path = try project()
        #expect(try CLI.run(["new", dir.path("unused.tunebench")]).status == 0)
        try FileManager.default.createDirectory(atPath: dir.path("ranks"), withIntermediateDirectories: true)
        let environment = isolated.merging(["TUNEBENCH_RANK_DIR": dir.path("ranks"), "TUNEBENCH_THEME": "light"]) { $1 }
        let config = try object(CLI.run(["config", "--project", path, "--json"], environment: environment))
        let themes = try #require(config["themes"] as? [String: Any])
        #expect((themes["shipped"] as? String)?.hasSuffix("/themes") == true, "the checkout's themes")
        #expect(themes["user"] is NSNull, "no user theme folder in this HOME")
        #expect(themes["selected"] as? String == "light")
        #expect((themes["names"] as? [String])?.contains("high-contrast") == true)
        let ranks = try #require(config["rank_files"] as? [String: Any])
        let places = try #require(ranks["places"] as? [[String: Any]])
        #expect(places.map { $0["source"] as? String } == ["--rank-dir", "$TUNEBENCH_RANK_DIR",
                                                          "project setting tokenizer.rank_dir", "tiktoken cache",
                                                          "tokenizer install default"])
        #expect(places[1]["directory"] as? String == dir.path("ranks"))
        #expect(places[1]["exists"] as? Bool == true)
        #expect(places[0]["directory"] is NSNull)
        #expect(places[3]["directory"] as? String == dir.path("cache"))
        let settings = try #require(config["settings"] as? [String: Any])
        #expect(settings["project"] as? String == path)
        let variables = try #require(settings["environment"] as? [String: Any])
        #expect(variables["TUNEBENCH_RANK_DIR"] as? String == dir.path("ranks"))
        #expect(variables["TUNEBENCH_THEME"] as? String == "light")

        let text = try CLI.run(["config"], environment: environment)
        #expect(text.status == 0)
        #expect(text.stdout.contains("$TUNEBENCH_RANK_DIR"))
        #expect(text.stdout.contains("(not set)"))
        #expect(text.stdout.contains(dir.path("xdg") + "/tunebench/encodings  (missing)"))
    }

    @Test func gnuProblemsFormatIsFileLineColumnMessage() throws {
        let path = try project()
        let bad = dir.path("bad.jsonl")
        try "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\nnot json\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let plain = try CLI.run(["import", path, bad, "--dataset", "bad"], environment: isolated)
        #expect(plain.stdout.contains("  line 2: "))
        let gnu = try CLI.run(["import", path, bad, "--dataset", "bad2", "--problems-format=gnu"], environment: isolated)
        #expect(gnu.status == 0)
        #expect(gnu.stdout.split(separator: "\n").contains { $0.hasPrefix("\(bad):2:1: invalid JSON") }, "\(gnu.stdout)")

        let eval = dir.path("eval.jsonl")
        try "{\"id\":\"a\",\"pass\":true}\n{\"id\":\"b\"}\n".write(toFile: eval, atomically: true, encoding: .utf8)
        let failed = try CLI.run(["evals", "import", path, eval, "--problems-format", "gnu"])
        #expect(failed.status == 2)
        #expect(failed.stderr == "\(eval):2:1: record needs pass or score\n")
        let plainEval = try CLI.run(["evals", "import", path, eval])
        #expect(plainEval.stderr == "tunebench: \(eval):2: record needs pass or score\n")
    }
}
