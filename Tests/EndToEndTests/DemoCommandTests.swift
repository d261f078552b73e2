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

    @Test func unknownExampleIsAnInputError() throws {
        let result = try CLI.run(["demo", "no-such-example", "--build-only"], currentDirectory: CLI.repositoryRoot.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no example project named \"no-such-example\""))
    }
}
