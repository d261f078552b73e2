import Foundation
import Testing
import TuneBenchTestSupport

/// `import` holds at most `--max-record-bytes` of one line, whatever the input: run under an address-space limit
/// (`ulimit -v`) far below the long line's size, it reports the line and imports the rest instead of aborting.
///
/// The limits were measured (docs/DECISIONS.md): the binary starts in 200 MB of address space and imports a
/// 600 MB line in about 600 MB with the default 64 MB limit; reading the line whole would need more than 1 GB.
@Suite(.serialized) struct BoundedMemoryImportTests {
    let dir: TemporaryDirectory
    let project: String
    static let valid = #"{"messages":[{"role":"user","content":"Question"},{"role":"assistant","content":"Answer"}]}"#
    /// Address space for the default limit, and for a 1 MB limit (KiB, as `ulimit -v` takes it).
    static let defaultLimitSpace = 800 << 10
    static let smallLimitSpace = 400 << 10
    /// The long line: 600 MB of `a` with no newline.
    static let longLine = "head -c 600M /dev/zero | tr '\\0' a"

    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
    }

    /// Runs `script` in bash under `ulimit -v space`, with the binary as `$0` and the project as `$1`.
    func limited(_ space: Int, _ script: String, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.runProgram("/bin/bash", ["-c", "ulimit -v \(space) || exit 99; \(script)", CLI.binaryPath, project] + extra)
    }

    func problems(_ stdout: String) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return try #require(json["problems"] as? [[String: Any]])
    }

    @Test func aLongLineFileIsReportedAndTheNextLineImports() throws {
        let file = dir.path("long.jsonl")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let made = try CLI.runProgram("/bin/bash", ["-c", "{ \(Self.longLine); echo; echo \"$1\"; } > \"$0\"", file, Self.valid])
        #expect(made.status == 0, "\(made.stderr)")
        for (space, option) in [(Self.defaultLimitSpace, [String]()), (Self.smallLimitSpace, ["--max-record-bytes", "1048576"])] {
            let dataset = option.isEmpty ? "default" : "small"
            let result = try limited(space, "exec \"$0\" import \"$1\" \"$2\" --json --dataset \(dataset) \"${@:3}\"", [file] + option)
            #expect(result.status == 0, "\(dataset): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("crashed"), "\(result.stderr)")
            let size = option.isEmpty ? "64 MB" : "1 MB"
            let reported = try problems(result.stdout)
            #expect(reported.count == 1)
            #expect(reported.first?["line"] as? Int == 1)
            #expect(reported.first?["reason"] as? String == "record at byte 1 is longer than \(size) (--max-record-bytes); skipped")
            #expect(result.stdout.contains("\"imported\" : 1"), "\(result.stdout)")
        }
        // The address-space limit is what the bound defends against: with a limit above the line, holding it
        // fails (so the runs above would have failed without the bound).
        let unbounded = try limited(Self.defaultLimitSpace, "exec \"$0\" import \"$1\" \"$2\" --dataset unbounded --max-record-bytes 4294967296", [file])
        #expect(unbounded.status != 0 && unbounded.status != 99, "\(unbounded.stdout)")
    }

    @Test func aPipeWithNoNewlineIsReportedNotHeld() throws {
        // `yes | tr -d '\n'`-like text on standard input, then a valid line: the format is given, so nothing is probed.
        let result = try limited(Self.defaultLimitSpace,
                                 "{ \(Self.longLine); echo; echo \"$2\"; } | exec \"$0\" import \"$1\" - --format openai-chat --json",
                                 [Self.valid])
        #expect(result.status == 0, "\(result.stderr)")
        let reported = try problems(result.stdout)
        #expect(reported.map { $0["line"] as? Int } == [1])
        #expect(result.stdout.contains("\"imported\" : 1"), "\(result.stdout)")
    }

    @Test func devZeroAndURandomAreRefusedAsBinary() throws {
        let zero = try limited(Self.smallLimitSpace, "exec \"$0\" import \"$1\" /dev/zero")
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("/dev/zero is not a text dataset"), "\(zero.stderr)")
        let random = try limited(Self.smallLimitSpace, "head -c 300M /dev/urandom | exec \"$0\" import \"$1\" -")
        #expect(random.status == 2)
        #expect(random.stderr.contains("- is not a text dataset"), "\(random.stderr)")
    }

    @Test func wholeFileDocumentsStopAtTheLimit() throws {
        let evals = try limited(Self.smallLimitSpace, "exec \"$0\" evals import \"$1\" /dev/zero --format jsonl")
        #expect(evals.status == 2)
        #expect(evals.stderr.contains("/dev/zero: is longer than 64 MB (--max-record-bytes); not read"), "\(evals.stderr)")
        let prices = dir.path("prices.json")
        try Data(#"{"gpt-x": {"input_cost_per_token": 0.000001, "output_cost_per_token": 0.000002}}"#.utf8).write(to: URL(fileURLWithPath: prices))
        let small = try CLI.run(["prices", "import", project, prices, "--max-record-bytes", "10"])
        #expect(small.status == 2)
        #expect(small.stderr.contains("\(prices): is longer than 10 bytes (--max-record-bytes); not read"), "\(small.stderr)")
        #expect(try CLI.run(["prices", "import", project, prices]).status == 0)
    }
}
