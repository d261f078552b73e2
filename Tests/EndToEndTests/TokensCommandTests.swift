import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// Whether both rank files can be found in this environment (CI installs them); only looks for the files, so
/// planning the other suites stays cheap.
private let rankFilesInstalled: Bool = TiktokenEncoding.allCases.allSatisfy { encoding in
    RankFileLocator().candidates(for: encoding).contains { FileManager.default.fileExists(atPath: $0) }
}

/// `tunebench tokens` and `tunebench tokenizer status`, through the real binary.
@Suite struct TokensCommandTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    /// An environment in which no rank file can be found.
    var emptyEnvironment: [String: String] {
        ["TIKTOKEN_CACHE_DIR": dir.path("cache"), "XDG_DATA_HOME": dir.path("xdg"), "HOME": dir.path("home")]
    }

    @Test func missingRankFileIsExitTwoNamingTheFileAndTheFix() throws {
        let result = try CLI.run(["tokens", "--encoding", "o200k_base"], stdin: Data("hello".utf8), environment: emptyEnvironment)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("o200k_base.tiktoken"))
        #expect(result.stderr.contains(dir.path("xdg") + "/tunebench/encodings/o200k_base.tiktoken"))
        #expect(result.stderr.contains("tunebench tokenizer install"))
        let model = try CLI.run(["tokens", "--model", "gpt-4"], stdin: Data("hello".utf8), environment: emptyEnvironment)
        #expect(model.status == 2)
        #expect(model.stderr.contains("cl100k_base.tiktoken"))
    }

    @Test func unknownModelPrintsALabelledEstimate() throws {
        let result = try CLI.run(["tokens", "--model", "claude-3-5-sonnet"], stdin: Data("Hello world!".utf8), environment: emptyEnvironment)
        #expect(result.status == 0)
        #expect(result.stdout == "3\n")
        #expect(result.stderr.contains("estimate"))
        let ids = try CLI.run(["tokens", "--encoding", "estimate", "--ids"], stdin: Data("x".utf8), environment: emptyEnvironment)
        #expect(ids.status == 2)
    }

    @Test func usageErrorsAreExitTwo() throws {
        #expect(try CLI.run(["tokens", "--encoding", "p50k_base"], stdin: Data()).status == 2)
        #expect(try CLI.run(["tokens", "--encoding", "o200k_base", "--model", "gpt-4o"], stdin: Data()).status == 2)
        let missing = try CLI.run(["tokens", "--encoding", "estimate", dir.path("absent.txt")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains(dir.path("absent.txt")))
    }

    @Test func statusIsExitOneWhenRankFilesAreMissing() throws {
        let result = try CLI.run(["tokenizer", "status"], environment: emptyEnvironment)
        #expect(result.status == 1)
        #expect(result.stdout.contains("o200k_base  missing"))
    }

    @Test(.enabled(if: rankFilesInstalled, "rank files not installed (.ci/tokenizer-fixtures.sh or `tunebench tokenizer install`)"))
    func exactCountsAndIdsFromAFileAndStandardInput() throws {
        let path = dir.path("hello.txt")
        try Data("Hello world".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try CLI.run(["tokens", path]).stdout == "2\n")
        #expect(try CLI.run(["tokens", "--ids", "--encoding", "o200k_base", path]).stdout == "13225 2375\n")
        #expect(try CLI.run(["tokens", "--ids", "--model", "gpt-3.5-turbo", "-"], stdin: Data("Hello world".utf8)).stdout == "9906 1917\n")
        // Special-token text is ordinary text.
        #expect(try CLI.run(["tokens", "--encoding", "cl100k_base", "--ids"], stdin: Data("<|endoftext|>".utf8)).stdout == "27 91 8862 728 428 91 29\n")
    }

    @Test(.enabled(if: rankFilesInstalled, "rank files not installed (.ci/tokenizer-fixtures.sh or `tunebench tokenizer install`)"))
    func projectSettingNamesTheRankDirectory() throws {
        let status = try CLI.run(["tokenizer", "status"])
        let o200kPath = try #require(status.stdout.split(separator: "\n").first { $0.hasPrefix("o200k_base") }?.split(separator: " ").last)
        let ranks = dir.path("ranks")
        try FileManager.default.createDirectory(atPath: ranks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: String(o200kPath), toPath: ranks + "/o200k_base.tiktoken")
        let project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        let store = try ProjectStore.open(path: project)
        try store.setSetting("tokenizer.rank_dir", to: ranks)
        try store.close()
        let result = try CLI.run(["tokens", "--project", project], stdin: Data("Hello world".utf8), environment: emptyEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "2\n")
    }
}
