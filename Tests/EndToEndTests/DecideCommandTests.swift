import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench decide` through the real binary: the JSON contract, saving answers, refusing bad answers.
@Suite struct DecideCommandTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    private func newProject() throws -> String {
        let path = dir.path("d.tunebench")
        #expect(try CLI.run(["new", path]).status == 0)
        return path
    }

    @Test func jsonHasTheContractKeys() throws {
        let path = try newProject()
        let result = try CLI.run(["decide", path, "--answer", "problem=facts", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["recommendation"] as? String == "use RAG, not fine-tuning")
        #expect(object["path"] as? [String] == ["problem"])
        #expect((object["reasons"] as? [String])?.isEmpty == false)
        #expect(object.keys.contains("gap"))
        #expect(object["pending_question"] is NSNull)
    }

    @Test func savedAnswersAreUsedNextTimeAndRecorded() throws {
        let path = try newProject()
        #expect(try CLI.run(["decide", path, "--answer", "problem=format", "--save"]).status == 0)
        let again = try CLI.run(["decide", path])
        #expect(again.stdout.contains("recommendation: BUILD EVALS FIRST"))
        #expect(again.stdout.contains("no eval runs in the project"))
        let info = try CLI.run(["info", path, "--json"])
        let counts = try #require((try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])?["counts"] as? [String: Int])
        #expect(counts["decisions"] == 1)
        #expect(counts["decision_answers"] == 1)
    }

    @Test func badAnswersAreInputErrors() throws {
        let path = try newProject()
        let wrong = try CLI.run(["decide", path, "--answer", "evals=maybe"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("answers: yes, no"))
        let malformed = try CLI.run(["decide", path, "--answer", "problem"])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("expected NODE=VALUE"))
    }
}
