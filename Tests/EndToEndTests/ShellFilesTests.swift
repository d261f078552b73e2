import Foundation
import Testing
import TuneBenchTestSupport

/// The completion scripts and the manual page in share/ are what the binary generates now: a command, option or
/// help text changed without `scripts/generate-shell-files.sh` fails here.
@Suite struct ShellFilesTests {
    static let files: [(path: String, arguments: [String])] = [
        ("share/man/man1/tunebench.1", ["generate-manual"]),
        ("share/bash-completion/completions/tunebench", ["--generate-completion-script", "bash"]),
        ("share/zsh/site-functions/_tunebench", ["--generate-completion-script", "zsh"]),
        ("share/fish/vendor_completions.d/tunebench.fish", ["--generate-completion-script", "fish"]),
    ]

    @Test(arguments: files.map(\.path))
    func generatedFileIsCurrent(path: String) throws {
        let arguments = try #require(Self.files.first { $0.path == path }).arguments
        let generated = try CLI.run(arguments)
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        #expect(committed == generated.stdout, "\(path) is out of date: run scripts/generate-shell-files.sh")
    }

    @Test func manualPageCoversEveryCommandAndRendersWithoutWarnings() throws {
        let page = try CLI.run(["generate-manual"]).stdout
        for command in ["tunebench import", "tunebench evals compare", "tunebench tokenizer status", "tunebench config"] {
            #expect(page.contains(".SS \"\(command)"), "no section for \(command)")
        }
        #expect(page.contains("\\fB\\-\\-rank\\-dir\\fR"))
        #expect(page.contains(".SH ENVIRONMENT") && page.contains("TUNEBENCH_RANK_DIR"))
        #expect(!page.unicodeScalars.contains { $0.value > 0x7E }, "non-ASCII is escaped for roff")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else {
            Issue.record("groff is not installed (.ci/run installs man-db, which brings it)")
            return
        }
        let file = try TemporaryDirectory()
        try page.write(toFile: file.path("tunebench.1"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        process.arguments = ["-man", "-ww", "-z", file.path("tunebench.1")]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings.isEmpty, "groff warned: \(warnings)")
    }

    @Test func dynamicCompletionListsTheProjectsDatasetsAndRuns() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("p.tunebench")
        #expect(try CLI.run(["new", path]).status == 0)
        let record = #"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}"#
        for name in ["train", "holdout"] {
            try (record + "\n").write(toFile: dir.path("\(name).jsonl"), atomically: true, encoding: .utf8)
            #expect(try CLI.run(["import", path, dir.path("\(name).jsonl"), "--dataset", name]).status == 0)
        }
        try #"{"id":"a","pass":true}"#.appending("\n").write(toFile: dir.path("r.jsonl"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["evals", "import", path, dir.path("r.jsonl"), "--name", "zero-shot"]).status == 0)
        let before = try fileSHA256(path)
        // What the bash script runs on Tab: `tunebench ---completion SUBCOMMAND -- ARGUMENT CWORD CURSOR WORDS...`.
        let datasets = try CLI.run(["---completion", "validate", "--", "--dataset", "4", "0",
                                    "tunebench", "validate", path, "--dataset", ""])
        #expect(datasets.stdout.split(separator: "\n") == ["train", "holdout"], "\(datasets.stderr)")
        let prefixed = try CLI.run(["---completion", "validate", "--", "--dataset", "4", "1",
                                    "tunebench", "validate", path, "--dataset", "h"])
        #expect(prefixed.stdout.split(separator: "\n") == ["holdout"])
        let runs = try CLI.run(["---completion", "evals", "show", "--", "positional@1", "4", "0",
                                "tunebench", "evals", "show", path, ""])
        #expect(runs.stdout.split(separator: "\n") == ["zero-shot"])
        #expect(try fileSHA256(path) == before, "completion only reads")
        // No project on the line: no names, no error.
        let none = try CLI.run(["---completion", "validate", "--", "--dataset", "3", "0", "tunebench", "validate", "--dataset", ""])
        #expect(none.status == 0)
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}
