import Foundation
import GRDB
import Testing
import TuneBenchTestSupport

/// `import` from standard input, a pipe, process substitution and a FIFO reads the same examples as from the
/// plain file (the format probe's bytes are kept, not read twice); bad sources get sentences.
@Suite struct AnySourceImportTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    func sample() throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/datasets/openai_cookbook_drone_training.jsonl", withExtension: nil)).path
    }

    /// The examples' ids and the import's SHA-256, after importing with `run`'s command into a new project.
    func imported(_ name: String, _ run: (String) throws -> CLI.Result) throws -> (ids: [String], sha256: String) {
        let project = dir.path(name + ".tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        let result = try run(project)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let examples = try CLI.run(["examples", project, "--json", "--limit", "1000"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(examples.stdout.utf8)) as? [[String: Any]])
        let queue = try DatabaseQueue(path: project)
        let sha: String = try #require(try queue.read { db in try String.fetchOne(db, sql: "SELECT sha256 FROM dataset_import") })
        return (rows.compactMap { $0["id"] as? String }, sha)
    }

    @Test func standardInputPipesAndProcessSubstitutionImportLikeThePlainFile() throws {
        let file = try sample()
        let plain = try imported("plain") { try CLI.run(["import", $0, file]) }
        #expect(!plain.ids.isEmpty)
        let stdin = try imported("stdin") { try CLI.run(["import", $0, "-"], stdin: try Data(contentsOf: URL(fileURLWithPath: file))) }
        #expect(stdin.ids == plain.ids && stdin.sha256 == plain.sha256)
        let substituted = try imported("substitution") {
            try CLI.runProgram("/bin/bash", ["-c", "exec \"$0\" import \"$1\" <(gzip -c \"$2\" | gzip -dc)", CLI.binaryPath, $0, file])
        }
        #expect(substituted.ids == plain.ids && substituted.sha256 == plain.sha256)
        let piped = try imported("piped-gzip") {
            try CLI.runProgram("/bin/bash", ["-c", "gzip -c \"$2\" | \"$0\" import \"$1\" - --dataset drone", CLI.binaryPath, $0, file])
        }
        #expect(piped.ids == plain.ids && piped.sha256 == plain.sha256, "a gzip stream on stdin is told by its magic number")
    }

    @Test func aFIFOImportsWhatItsWriterSends() throws {
        let file = try sample()
        let fifo = dir.path("feed")
        #expect(mkfifo(fifo, 0o600) == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let plain = try imported("plain") { try CLI.run(["import", $0, file]) }
        let writer = FIFOPeer.write(bytes, to: fifo)
        let fromFIFO = try imported("fifo") { try CLI.run(["import", $0, fifo]) }
        _ = writer.wait()
        #expect(fromFIFO.ids == plain.ids && fromFIFO.sha256 == plain.sha256)
    }

    @Test func badSourcesGetSentencesAndLeaveTheProjectAsItWas() throws {
        let project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        let sha = try fileSHA256(project)
        let unreadable = dir.path("secret.jsonl")
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: unreadable))
        let cases: [(String, String)] = [
            (dir.path(""), "is a directory"),
            (dir.path("missing.jsonl"), "no such file or directory"),
        ]
        for (source, reason) in cases {
            let result = try CLI.run(["import", project, source])
            #expect(result.status == 2, "\(source)")
            #expect(result.stderr.contains(source) && result.stderr.contains(reason), "\(source): \(result.stderr)")
            #expect(!result.stderr.contains("Error Domain") && !result.stderr.contains("SQLite error"))
        }
        for name in ["", String(repeating: "n", count: 10_000), "two\nlines"] {
            let result = try CLI.run(["import", project, try sample(), "--dataset", name])
            #expect(result.status == 2 && result.stderr.contains("bad dataset name"), "\(result.stderr)")
        }
        #expect(try fileSHA256(project) == sha)

        // Devices are read only once the project is open (reading them first would consume them): the refusal
        // leaves the project's content as it was.
        func counts() throws -> NSDictionary {
            var info = try #require(try JSONSerialization.jsonObject(with: Data(try CLI.run(["info", project, "--json"]).stdout.utf8)) as? [String: Any])
            info["file_bytes"] = nil  // the WAL's checkpoint may move it; the content is what must stay
            return info as NSDictionary
        }
        let before = try counts()
        for device in ["/dev/zero", "/dev/urandom"] {
            let result = try CLI.run(["import", project, device])
            #expect(result.status == 2 && result.stderr.contains("\(device) is not a text dataset: ") && result.stderr.contains("NUL or control bytes"), "\(result.stderr)")
        }
        #expect(try counts() == before)
    }
}
