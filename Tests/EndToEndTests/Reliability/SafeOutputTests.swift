import Foundation
import Testing
import TuneBenchTestSupport

/// Output that never lies: devices, FIFOs and symlinks are written through, failed writes are sentences with a
/// non-zero exit, temporaries of killed exports are cleaned up, and a read-only project is read without a write.
@Suite struct SafeOutputTests {
    let dir: TemporaryDirectory
    let project: String
    static let records = (1...5).map { index in
        #"{"messages":[{"role":"user","content":"Question \#(index)"},{"role":"assistant","content":"Answer \#(index)"}]}"#
    }

    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        let data = dir.path("train.jsonl")
        try Data((Self.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: data))
        #expect(try CLI.run(["new", project]).status == 0)
        #expect(try CLI.run(["import", project, data]).status == 0)
    }

    /// What `export` writes to a plain file, to compare the other targets with.
    func plainExport() throws -> Data {
        let path = dir.path("plain.jsonl")
        #expect(try CLI.run(["export", project, "-o", path]).status == 0)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func fileKind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test func exportToAFIFODeliversTheDataToItsReader() throws {
        let expected = try plainExport()
        let fifo = dir.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // A thread of its own: the test's own pool may be busy with other suites' blocking runs.
        let reader = FIFOPeer.read(fifo)
        let result = try CLI.run(["export", project, "-o", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(reader.wait() == expected)
        #expect(fileKind(fifo) == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test func exportToDevStdoutThatIsAPipeWritesThePipe() throws {
        // The test reads standard output through a pipe: /dev/stdout → /proc/self/fd/1 → "pipe:[N]", no path.
        let expected = try plainExport()
        let result = try CLI.run(["export", project, "-o", "/dev/stdout"])
        #expect(result.status == 0, "\(result.stderr)")
        // The records, then export's own report line.
        #expect(result.stdout.hasPrefix(String(decoding: expected, as: UTF8.self)), "\(result.stdout)")
    }

    @Test func exportToDevFullFailsWithASentenceAndLeavesTheDevice() throws {
        let result = try CLI.run(["export", project, "-o", "/dev/full"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write /dev/full: no space left on device"), "\(result.stderr)")
        #expect(!result.stdout.contains("wrote"), "no success is reported: \(result.stdout)")
        #expect(fileKind("/dev/full") == S_IFCHR, "the device node is not replaced")
    }

    @Test func exportThroughASymlinkWritesItsTargetAndKeepsTheLink() throws {
        let expected = try plainExport()
        let target = dir.path("target.jsonl"), link = dir.path("link.jsonl")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        #expect(symlink("target.jsonl", link) == 0)
        #expect(try CLI.run(["export", project, "-o", link]).status == 0)
        #expect(fileKind(link) == S_IFLNK)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == expected)
    }

    @Test func temporariesOfDeadExportsAreRemovedAndLiveOnesKept() throws {
        let out = dir.path("out.jsonl")
        let dead = dir.path(".out.jsonl.tmp-999999"), live = dir.path(".out.jsonl.tmp-\(getpid())")
        for path in [dead, live] { try Data(repeating: 0x41, count: 1000).write(to: URL(fileURLWithPath: path)) }
        #expect(try CLI.run(["export", project, "-o", out]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dead), "a killed export's temporary is cleaned up")
        #expect(FileManager.default.fileExists(atPath: live), "a running process's temporary is left alone")
    }

    @Test func aFileSizeLimitIsASentenceAndTheOldFileStays() throws {
        // 2,000 examples export to about 200 KB, more than the 100 KB limit (200 blocks of 512 bytes), which
        // leaves room for SQLite's 32 KB shared-memory file.
        let big = dir.path("big.jsonl"), bigProject = dir.path("big.tunebench")
        let lines = (1...2000).map { #"{"messages":[{"role":"user","content":"Question \#($0) asked at some length"},{"role":"assistant","content":"Answer \#($0)"}]}"# }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: big))
        #expect(try CLI.run(["new", bigProject]).status == 0)
        #expect(try CLI.run(["import", bigProject, big]).status == 0)
        let out = dir.path("limited.jsonl")
        try Data("before\n".utf8).write(to: URL(fileURLWithPath: out))
        let script = "ulimit -f 200; exec \"$0\" export \"$1\" -o \"$2\""
        let result = try CLI.runProgram("/bin/sh", ["-c", script, CLI.binaryPath, bigProject, out])
        #expect(result.status == 2, "not killed by SIGXFSZ: \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("cannot write \(out): file too large"), "\(result.stderr)")
        #expect(!result.stderr.contains("Error Domain"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "before\n")
    }

    @Test func splitIntoADirectoryWritesInsideIt() throws {
        let folder = dir.path("bundle")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let result = try CLI.run(["export", project, "-o", folder + "/", "--split", "0.6"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/train.jsonl"))
        #expect(FileManager.default.fileExists(atPath: folder + "/validation.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: folder + ".train.jsonl"))
        let plain = try CLI.run(["export", project, "-o", folder])
        #expect(plain.status == 2 && plain.stderr.contains("is a directory"), "\(plain.stderr)")
    }

    @Test func aReadOnlyProjectAnswersReadsAndRefusesWritesWithASentence() throws {
        #expect(try CLI.run(["info", project]).status == 0)  // settle the WAL of the set-up commands
        #expect(chmod(project, 0o444) == 0)
        let before = try fileSHA256(project)
        for arguments in [["info", project], ["info", project, "--json"], ["examples", project],
                          ["export", project, "-o", dir.path("ro.jsonl")], ["report", project, "-o", dir.path("ro.md")]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
        #expect(try fileSHA256(project) == before, "reading changed the project's bytes")
        let write = try CLI.run(["assume", project, "calls_per_month=1000"])
        #expect(write.status == 2)
        #expect(write.stderr.contains("read-only"), "\(write.stderr)")
        #expect(!write.stderr.contains("SQLite error"))
        #expect(try fileSHA256(project) == before)
    }

    @Test func decideAndRefusedCommandsLeaveAWritableProjectsBytes() throws {
        #expect(try CLI.run(["info", project]).status == 0)  // settle the WAL of the set-up commands
        func bytes() throws -> [String?] {
            try [project, project + "-wal"].map { FileManager.default.fileExists(atPath: $0) ? try fileSHA256($0) : nil }
        }
        let before = try bytes()
        for (arguments, status): ([String], Int32) in [(["decide", project], 0), (["decide", project, "--json"], 0),
                                    (["validate", project, "--dataset", "nope"], 2),
                                    (["open", project], 2)] {
            let result = try CLI.run(arguments)
            #expect(result.status == status, "\(arguments.joined(separator: " ")): \(result.stderr)")
            #expect(try bytes() == before, "\(arguments.joined(separator: " ")) changed the project's bytes")
        }
    }
}
