import Foundation
import Testing
import TuneBenchTestSupport

/// A rank file where tunebench looks for one, but not the published one (another vocabulary, a damaged or
/// tampered download): counting refuses it with exit 2, names the file and both hashes, never counts with it, and
/// leaves it as it was.
@Suite struct HostileRankFileTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory(prefix: "tunebench-rank") }

    var environment: [String: String] {
        ["TIKTOKEN_CACHE_DIR": dir.path("cache"), "XDG_DATA_HOME": dir.path("xdg"), "HOME": dir.path("home")]
    }

    /// A well-formed rank file (base64 token, rank) with the wrong content, where `tokenizer install` puts them.
    private func plantRankFile(_ name: String) throws -> String {
        let directory = dir.path("xdg") + "/tunebench/encodings"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/\(name).tiktoken"
        let lines = (0..<256).map { "\(Data([UInt8($0)]).base64EncodedString()) \($0)" }
        try (lines.joined(separator: "\n") + "\naGVsbG8= 256\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [["--encoding", "o200k_base"], ["--model", "gpt-4"]])
    func aRankFileWithTheWrongHashIsRefused(selection: [String]) throws {
        let name = selection[0] == "--model" ? "cl100k_base" : "o200k_base"
        let path = try plantRankFile(name)
        let before = try fileSHA256(path)
        let result = try CLI.run(["tokens"] + selection, stdin: Data("hello hello".utf8), environment: environment)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing is counted with a refused vocabulary: \(result.stdout)")
        #expect(result.stderr.contains("rejected: \(path): sha256 is \(before), expected "), "\(result.stderr)")
        #expect(try fileSHA256(path) == before)
    }
}
