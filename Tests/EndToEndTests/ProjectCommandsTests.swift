import Foundation
import Testing
import TuneBenchTestSupport

/// `new`, `info` and the refusals, through the real binary.
@Suite struct ProjectCommandsTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    @Test func newThenInfoJSONHasTheContractKeys() throws {
        let path = dir.path("a.tunebench")
        let created = try CLI.run(["new", path, "--name", "graphql-assistant", "--problem", "emit valid GraphQL"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.isEmpty)

        let info = try CLI.run(["info", path, "--json"])
        #expect(info.status == 0, "\(info.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "graphql-assistant")
        #expect(object["problem"] as? String == "emit valid GraphQL")
        let version = try #require(object["schema_version"] as? Int)
        #expect(version >= 1)
        let counts = try #require(object["counts"] as? [String: Any])
        #expect(!counts.isEmpty)
        #expect(counts.values.allSatisfy { $0 is Int })
    }

    @Test func infoTextNamesTheProject() throws {
        let path = dir.path("b.tunebench")
        #expect(try CLI.run(["new", path, "--problem", "facts"]).status == 0)
        let info = try CLI.run(["info", path])
        #expect(info.status == 0)
        #expect(info.stdout.contains("name           b"))
        #expect(info.stdout.contains("problem        facts"))
    }

    @Test func newRefusesToOverwriteWithoutForce() throws {
        let path = dir.path("c.tunebench")
        #expect(try CLI.run(["new", path]).status == 0)
        let before = try fileSHA256(path)
        let again = try CLI.run(["new", path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        #expect(try fileSHA256(path) == before)
        #expect(try CLI.run(["new", path, "--force", "--name", "replaced"]).status == 0)
        #expect(try CLI.run(["info", path]).stdout.contains("replaced"))
    }

    @Test(arguments: ["text", "foreign", "future"])
    func infoRefusesUnusableFilesWithExitTwoAndNoChange(kind: String) throws {
        let path = try makeUnusableFile(kind)
        let before = try fileSHA256(path)
        let result = try CLI.run(["info", path, "--json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.contains(path))
        #expect(try fileSHA256(path) == before)
    }

    @Test func infoOnAMissingFileExitsTwo() throws {
        let result = try CLI.run(["info", dir.path("nope.tunebench")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("nope.tunebench")))
    }

    @Test func usageErrorsExitTwoAndVersionAndHelpExitZero() throws {
        let missingArgument = try CLI.run(["info"])
        #expect(missingArgument.status == 2)
        #expect(missingArgument.stderr.contains("Missing expected argument"))

        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)

        for command in ["new", "info", "open"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE: tunebench \(command)"))
        }
    }

    private func makeUnusableFile(_ kind: String) throws -> String {
        switch kind {
        case "text":
            let path = dir.path("notes.txt")
            try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: path))
            return path
        case "foreign":
            let path = dir.path("foreign.db")
            try SQLiteFixtures.makeForeignDatabase(at: path)
            return path
        default:
            let path = dir.path("future.tunebench")
            #expect(try CLI.run(["new", path]).status == 0)
            try SQLiteFixtures.markAsWrittenByNewerVersion(path)
            return path
        }
    }
}
