import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench demo --build-only` builds the example project from `projects/` and prints its path last.
@Suite struct DemoCommandTests {
    @Test(arguments: ["graphql-assistant", "support-bot-facts"])
    func buildOnlyPrintsTheProjectPathAndTheProjectOpens(example: String) throws {
        let result = try CLI.run(["demo", example, "--build-only"], currentDirectory: CLI.repositoryRoot.path)
        #expect(result.status == 0, "\(result.stderr)")
        let path = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        #expect(path.hasSuffix("projects/\(example)/\(example).tunebench"))
        let info = try CLI.run(["info", path, "--json"])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("\"name\" : \"\(example)\""))
    }

    /// Issue 11's promise: the two examples reach opposite conclusions from their own evidence.
    @Test(arguments: [("graphql-assistant", "fine-tune with LoRA"), ("support-bot-facts", "use RAG, not fine-tuning")])
    func examplesReachTheirRecommendation(name: String, recommendation: String) throws {
        let built = try CLI.run(["demo", name, "--build-only"], currentDirectory: CLI.repositoryRoot.path)
        #expect(built.status == 0, "\(built.stderr)")
        let path = try #require(built.stdout.split(separator: "\n").last.map(String.init))
        let decide = try CLI.run(["decide", path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(decide.stdout.utf8)) as? [String: Any])
        #expect(object["recommendation"] as? String == recommendation)
        #expect((object["reasons"] as? [String])?.contains { $0.contains("closed") } == true)
    }

    @Test func unknownExampleIsAnInputError() throws {
        let result = try CLI.run(["demo", "no-such-example", "--build-only"], currentDirectory: CLI.repositoryRoot.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no example project named \"no-such-example\""))
    }
}
