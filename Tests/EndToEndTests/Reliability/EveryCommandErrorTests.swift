import Foundation
import Testing
import TuneBenchTestSupport

/// Every error a sentence, for every command (issue #22): each command's project argument and each file it reads
/// or writes is given a directory, a missing path, an unreadable file, a path in a read-only directory, /dev/full
/// and a file-size limit; the real binary must exit 2 with one line naming the path and the reason, no raw
/// error dump, and the project (and an output that was there) byte for byte as before.
@Suite struct EveryCommandErrorTests {
    /// A command's arguments; the file slots are spelled `{project}`, `{in:NAME}` (a fixture file it reads),
    /// `{indir:NAME}` (a folder it reads), `{out:NAME}` (a file it writes), `{new:NAME}` (a project it creates).
    struct Spec: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        /// The command changes the project, so a read-only one is refused.
        var writes = false
        /// What it writes is larger than the file-size limit of the `ulimit -f` case.
        var writesMuch = false

        var testDescription: String { name }
    }

    /// Commands with no file argument a user could get wrong, each with its reason.
    static let exempt: [String: String] = [
        "keys": "prints the key table; takes no path",
        "demo": "takes an example name; builds it inside the repository's projects folder",
        "tokenizer install": "downloads through pip first (network); its --directory is written by SafeFileWriter, covered by export",
    ]

    static let specs: [Spec] = [
        Spec(name: "open", arguments: ["open", "{project}"]),
        Spec(name: "new", arguments: ["new", "{new:fresh.tunebench}"], writes: true),
        Spec(name: "info", arguments: ["info", "{project}"]),
        Spec(name: "import", arguments: ["import", "{project}", "{in:train.jsonl}"], writes: true, writesMuch: true),
        Spec(name: "validate", arguments: ["validate", "{project}"]),
        Spec(name: "review set", arguments: ["review", "set", "{project}", Fixture.exampleID, "--accept"], writes: true),
        Spec(name: "review stats", arguments: ["review", "stats", "{project}"]),
        Spec(name: "undo", arguments: ["undo", "{project}"], writes: true),
        Spec(name: "redo", arguments: ["redo", "{project}"], writes: true),
        Spec(name: "history", arguments: ["history", "{project}"]),
        Spec(name: "examples", arguments: ["examples", "{project}"]),
        Spec(name: "export", arguments: ["export", "{project}", "-o", "{out:export.jsonl}"], writesMuch: true),
        Spec(name: "decide", arguments: ["decide", "{project}"]),
        Spec(name: "report", arguments: ["report", "{project}", "-o", "{out:report.md}", "--templates", "{indir:templates}"]),
        Spec(name: "tokens", arguments: ["tokens", "--project", "{project}", "--encoding", "estimate", "{in:small.txt}"]),
        // --rank-dir is one place of several to look in; one that is missing is a failed check of status, exit 1
        // (ConventionsCommandsTests).
        Spec(name: "tokenizer status", arguments: ["tokenizer", "status", "--project", "{project}"]),
        Spec(name: "evals import", arguments: ["evals", "import", "{project}", "{in:results.jsonl}", "--name", "c"], writes: true),
        Spec(name: "evals grade", arguments: ["evals", "grade", "{project}", "{in:outputs.jsonl}", "--grader", "exact", "--name", "g"],
             writes: true),
        Spec(name: "evals list", arguments: ["evals", "list", "{project}"]),
        Spec(name: "evals show", arguments: ["evals", "show", "{project}", "a"]),
        Spec(name: "evals compare", arguments: ["evals", "compare", "{project}", "a", "b"]),
        Spec(name: "evals pairs", arguments: ["evals", "pairs", "{project}", "a", "b", "--output", "{out:pairs.jsonl}"]),
        Spec(name: "evals set-rung", arguments: ["evals", "set-rung", "{project}", "a", "prompt"], writes: true),
        Spec(name: "evals runner add", arguments: ["evals", "runner", "add", "{project}", "r2", "--command", "true {out}"], writes: true),
        Spec(name: "evals runner list", arguments: ["evals", "runner", "list", "{project}"]),
        Spec(name: "evals runner remove", arguments: ["evals", "runner", "remove", "{project}", "r"], writes: true),
        Spec(name: "evals run", arguments: ["evals", "run", "{project}", "r"], writes: true),
        Spec(name: "evals watch", arguments: ["evals", "watch", "{project}", "{indir:watched}"], writes: true),
        Spec(name: "tune plan", arguments: ["tune", "plan", "{project}", "--for", "openai", "--output", "{outdir:bundle}"], writes: true),
        Spec(name: "tune list", arguments: ["tune", "list", "{project}"]),
        Spec(name: "cost", arguments: ["cost", "{project}"]),
        Spec(name: "assume", arguments: ["assume", "{project}", "examples=100"], writes: true),
        Spec(name: "prices import", arguments: ["prices", "import", "{project}", "{in:prices.json}"], writes: true),
        Spec(name: "prices list", arguments: ["prices", "list", "{project}"]),
        Spec(name: "prices set", arguments: ["prices", "set", "{project}", "m", "--input", "1", "--output", "2"], writes: true),
        Spec(name: "index", arguments: ["index", "{project}"], writes: true),
        Spec(name: "config", arguments: ["config", "--project", "{project}"]),
    ]

    /// A command not in the table fails here, so a new one cannot go untested.
    @Test func everyCommandIsInTheTable() throws {
        let leaves = Set(try DumpedCommand.tree().leaves().map(\.name))
        let covered = Set(Self.specs.map(\.name)).union(Self.exempt.keys)
        #expect(leaves.subtracting(covered).isEmpty, "commands without error cases: \(leaves.subtracting(covered).sorted())")
        #expect(covered.subtracting(leaves).isEmpty, "table rows for commands that are gone: \(covered.subtracting(leaves).sorted())")
    }

    /// Each spec's cases run one after the other in a copy of the fixture; the specs run in parallel.
    @Test(arguments: specs) func everyBadPathIsOneSentence(spec: Spec) throws {
        let fixture = try Fixture.path.get()
        for slot in spec.slots {
            for badCase in slot.cases(writes: spec.writes, writesMuch: spec.writesMuch) {
                try run(spec, slot: slot, badCase: badCase, fixture: fixture)
            }
        }
    }

    // MARK: - One case

    /// Runs one case in a fresh copy of the fixture and checks the sentence, the status and the bytes.
    func run(_ spec: Spec, slot: Slot, badCase: BadCase, fixture: String) throws {
        let dir = try TemporaryDirectory(prefix: "tunebench-errors")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture) {
            try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: dir.path(name))
        }
        let project = dir.path("p.tunebench")
        let before = try Self.digest(project)
        let bad = try badCase.prepare(slot: slot, in: dir)
        defer { badCase.restore(bad) }
        let arguments = spec.arguments.map { slot.fill($0, bad: bad, dir: dir) }
        let outputBefore = badCase.keepsOutput(slot) ? try Data(contentsOf: URL(fileURLWithPath: bad)) : nil
        let label = "\(spec.name) \(slot.label) \(badCase): \(arguments.joined(separator: " "))"

        // `timeout` keeps a command that wrongly waits (evals watch) from hanging the suite: it fails with 124.
        var program = ["/usr/bin/timeout", "60", CLI.binaryPath] + arguments
        if badCase.needsNoOverride && getuid() == 0 {
            // Root reads and writes through permission bits; without CAP_DAC_OVERRIDE (and READ_SEARCH) it
            // cannot, so the binary runs with those capabilities dropped from its bounding set.
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                print("skipped \(label): running as root and /usr/bin/setpriv is missing, so permission bits cannot stop it")
                return
            }
            program = ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"] + program
        }
        if let blocks = badCase.fileSizeLimit(slot) {
            program = ["/bin/sh", "-c", "ulimit -f \(blocks); exec \"$@\"", "sh"] + program
        }
        let result = try CLI.runProgram(program[0], Array(program.dropFirst()), stdin: Data(), currentDirectory: dir.path(""))

        #expect(result.status == 2, "\(label): exit \(result.status), stderr: \(result.stderr)")
        let message = result.stderr.lowercased()
        #expect(result.stderr.contains(bad), "\(label): the message names the path: \(result.stderr)")
        #expect(badCase.reasons.contains { message.contains($0) },
                "\(label): the message gives the reason (one of \(badCase.reasons)): \(result.stderr)")
        for dump in ["Error Domain=", "NSCocoaErrorDomain", "SQLite error", "Fatal error", "DecodingError(", "Optional(",
                     "NSPOSIXErrorDomain", "Stack dump"] {
            #expect(!result.stderr.contains(dump), "\(label): no raw error reaches the user: \(result.stderr)")
        }
        #expect(try Self.digest(project) == before, "\(label): the project is unchanged")
        if slot.role == .project && badCase == .inReadOnlyDirectory {
            #expect(try Self.digest(bad) == before, "\(label): the read-only copy is unchanged")
        }
        if let outputBefore {
            #expect((try? Data(contentsOf: URL(fileURLWithPath: bad))) == outputBefore, "\(label): the old output stays")
        }
    }
}

extension EveryCommandErrorTests {
    /// The project's bytes: the file and its write-ahead log, where a change could also sit.
    static func digest(_ project: String) throws -> String {
        let wal = project + "-wal"
        let log = FileManager.default.fileExists(atPath: wal) && ((try? Data(contentsOf: URL(fileURLWithPath: wal)))?.isEmpty == false)
        return try fileSHA256(project) + (log ? " wal " + fileSHA256(wal) : "")
    }
}

extension EveryCommandErrorTests.Spec {
    /// The spec's file slots, in order.
    var slots: [EveryCommandErrorTests.Slot] {
        arguments.compactMap(EveryCommandErrorTests.Slot.init)
    }
}

extension EveryCommandErrorTests {
    /// One file argument of a command and how its valid value is spelled.
    struct Slot {
        enum Role { case project, newProject, input, inputDirectory, output, outputDirectory }
        var role: Role
        var placeholder: String
        var name: String

        init?(_ argument: String) {
            guard argument.hasPrefix("{"), argument.hasSuffix("}") else { return nil }
            placeholder = argument
            let body = argument.dropFirst().dropLast().split(separator: ":", maxSplits: 1).map(String.init)
            switch body[0] {
            case "project": role = .project; name = "p.tunebench"
            case "new": role = .newProject; name = body[1]
            case "in": role = .input; name = body[1]
            case "indir": role = .inputDirectory; name = body[1]
            case "out": role = .output; name = body[1]
            case "outdir": role = .outputDirectory; name = body[1]
            default: return nil
            }
        }

        var label: String { role == .project ? "project" : name }

        /// This slot's argument `bad`; the others get their valid value.
        func fill(_ argument: String, bad: String, dir: TemporaryDirectory) -> String {
            if argument == placeholder { return bad }
            guard let other = Slot(argument) else { return argument }
            return dir.path(other.name)
        }

        func cases(writes: Bool, writesMuch: Bool) -> [BadCase] {
            switch role {
            case .project:
                return [.directory, .missing, .unreadable] + (writes ? [.inReadOnlyDirectory] : [])
                    + (writes && writesMuch ? [.fileSizeLimit] : [])
            case .newProject: return [.missingParent, .inReadOnlyDirectory, .fileSizeLimit]
            case .input: return [.directory, .missing, .unreadable]
            case .inputDirectory: return [.missing, .notADirectory, .unreadable]
            case .output:
                return [.directory, .missingParent, .inReadOnlyDirectory, .devFull] + (writesMuch ? [.fileSizeLimit] : [])
            // A folder it writes into is created when missing, with its parents.
            case .outputDirectory: return [.notADirectory, .inReadOnlyDirectory]
            }
        }
    }

    /// One way a path can be wrong.
    enum BadCase: Equatable, CustomStringConvertible {
        case directory, missing, missingParent, notADirectory, unreadable, inReadOnlyDirectory, devFull, fileSizeLimit

        var description: String {
            switch self {
            case .directory: "a directory"
            case .missing: "a missing path"
            case .missingParent: "a path in a missing directory"
            case .notADirectory: "a file where a directory is expected"
            case .unreadable: "an unreadable file (mode 000)"
            case .inReadOnlyDirectory: "a path in a read-only directory"
            case .devFull: "/dev/full"
            case .fileSizeLimit: "a file-size limit (ulimit -f)"
            }
        }

        /// Words one of which the message must hold.
        var reasons: [String] {
            switch self {
            case .directory: ["is a directory", "already exists"]
            case .missing: ["no such file", "no such directory", "does not exist", "not found", "missing"]
            case .missingParent: ["no such file", "no such directory", "does not exist"]
            case .notADirectory: ["not a directory", "not a folder", "no such directory", "missing"]
            case .unreadable: ["permission denied"]
            case .inReadOnlyDirectory: ["read-only", "permission denied"]
            case .devFull: ["no space left"]
            case .fileSizeLimit: ["file too large", "too large", "disk i/o error", "full"]
            }
        }

        /// Permission bits are what stops the command, which root ignores unless its capabilities are dropped.
        var needsNoOverride: Bool { self == .unreadable || self == .inReadOnlyDirectory }

        /// 512-byte blocks for `ulimit -f`: above SQLite's 32 KB shared-memory file, below what is written
        /// (a new project is smaller than the others' outputs).
        func fileSizeLimit(_ slot: Slot) -> Int? {
            self == .fileSizeLimit ? (slot.role == .newProject ? 8 : 100) : nil
        }

        /// An output that was there before a failed write stays as it was.
        func keepsOutput(_ slot: Slot) -> Bool {
            slot.role == .output && (self == .inReadOnlyDirectory || self == .fileSizeLimit)
        }

        /// Makes the bad path for `slot` (the valid fixture file is moved or changed as needed) and returns it.
        func prepare(slot: Slot, in dir: TemporaryDirectory) throws -> String {
            let files = FileManager.default
            let valid = dir.path(slot.name)
            switch self {
            case .directory:
                let path = dir.path("a-directory")
                try files.createDirectory(atPath: path, withIntermediateDirectories: true)
                return path
            case .missing: return dir.path("missing-" + slot.name)
            case .missingParent: return dir.path("no-such-folder/" + slot.name)
            case .notADirectory:
                let path = dir.path("a-file")
                try Data("text\n".utf8).write(to: URL(fileURLWithPath: path))
                return path
            case .unreadable:
                if !files.fileExists(atPath: valid) {
                    try Data("text\n".utf8).write(to: URL(fileURLWithPath: valid))
                }
                #expect(chmod(valid, 0) == 0)
                return valid
            case .inReadOnlyDirectory:
                let folder = dir.path("read-only")
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let path = folder + "/" + slot.name
                if slot.role == .project { try files.copyItem(atPath: valid, toPath: path) }
                if slot.role == .output { try Data("before\n".utf8).write(to: URL(fileURLWithPath: path)) }
                #expect(chmod(folder, 0o555) == 0)
                return path
            case .devFull: return "/dev/full"
            case .fileSizeLimit:
                if slot.role == .output { try Data("before\n".utf8).write(to: URL(fileURLWithPath: valid)) }
                return valid
            }
        }

        /// Gives the temporary directory back its permissions so it can be removed.
        func restore(_ path: String) {
            switch self {
            case .unreadable: chmod(path, 0o755)
            case .inReadOnlyDirectory: chmod((path as NSString).deletingLastPathComponent, 0o755)
            default: break
            }
        }
    }
}

/// The files every case starts from, built once: a project with 2,000 examples (two accepted, one of those
/// undone, so `undo` and `redo` have work), eval runs `a` and `b`, a runner `r`; and each command's valid inputs.
enum Fixture {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The id of the first example of `train.jsonl` (ids are content hashes, so it is fixed).
    static let exampleID = "d7d2b083d5c81c11"
    static let secondID = "64c9e576fe612efb"

    /// The fixture's folder (left for the test process's lifetime; the cases copy it).
    static let path: Result<String, Failure> = {
        do { return .success(try build()) } catch { return .failure(Failure(description: "\(error)")) }
    }()

    static func build() throws -> String {
        let temporary = FileManager.default.temporaryDirectory.path
        let root = temporary + "/tunebench-error-fixture-\(getpid())"
        let files = FileManager.default
        // The fixture outlives the suite (no hook runs after the last test); those of finished runs go here.
        for name in (try? files.contentsOfDirectory(atPath: temporary)) ?? [] where name.hasPrefix("tunebench-error-fixture-") {
            if let pid = Int32(name.dropFirst("tunebench-error-fixture-".count)), kill(pid, 0) != 0 {
                try? files.removeItem(atPath: temporary + "/" + name)
            }
        }
        try? files.removeItem(atPath: root)
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
        }
        func tunebench(_ arguments: [String]) throws {
            let result = try CLI.run(arguments, currentDirectory: root)
            guard result.status == 0 else { throw Failure(description: "\(arguments): \(result.stderr)") }
        }
        try write("train.jsonl", (0..<2000).map {
            #"{"messages": [{"role": "user", "content": "Question \#($0) asked at some length"}, {"role": "assistant", "content": "Answer \#($0)"}]}"#
        }.joined(separator: "\n") + "\n")
        try write("small.txt", "a few words to count\n")
        try write("results.jsonl", #"{"id": "c1", "pass": true}"# + "\n" + #"{"id": "c2", "pass": false}"# + "\n")
        try write("prices.json", #"{"m": {"input_cost_per_token": 0.000001, "output_cost_per_token": 0.000002}}"#)
        let example = CLI.repositoryRoot.appendingPathComponent("projects/graphql-assistant")
        try files.copyItem(atPath: example.appendingPathComponent("evals/prompt.jsonl").path, toPath: root + "/outputs.jsonl")
        try files.copyItem(atPath: CLI.repositoryRoot.appendingPathComponent("Sources/TuneBenchCore/Report/Templates").path,
                           toPath: root + "/templates")
        for folder in ["ranks", "watched"] { try files.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true) }

        let project = root + "/p.tunebench"
        try tunebench(["new", project])
        try tunebench(["import", project, root + "/train.jsonl"])
        let grader = "graphql:" + example.appendingPathComponent("schema.graphql").path
        for (file, name) in [("prompt", "a"), ("rag", "b")] {
            try tunebench(["evals", "grade", project, example.appendingPathComponent("evals/\(file).jsonl").path, "--grader", grader,
                           "--name", name])
        }
        try tunebench(["evals", "runner", "add", project, "r", "--command", "true {out}"])
        try tunebench(["review", "set", project, exampleID, "--accept"])
        try tunebench(["review", "set", project, secondID, "--accept"])
        try tunebench(["undo", project])
        try tunebench(["info", project])
        // The last close leaves an empty WAL and the shared memory; the project file alone is the whole project.
        let wal = (try? files.attributesOfItem(atPath: project + "-wal")[.size] as? Int) ?? 0
        guard wal == 0 else { throw Failure(description: "the fixture's WAL was not checkpointed (\(wal) bytes)") }
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: project + suffix) }
        return root
    }
}
