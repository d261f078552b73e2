import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench demo --build-only` builds the example project from `projects/` and prints its path last.
@Suite struct DemoCommandTests {
    @Test func buildOnlyPrintsTheProjectPathAndTheProjectOpens() throws {
        let result = try CLI.run(["demo", "graphql-assistant", "--build-only"], currentDirectory: CLI.repositoryRoot.path)
        #expect(result.status == 0, "\(result.stderr)")
        let path = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        #expect(path.hasSuffix("projects/graphql-assistant/graphql-assistant.tunebench"))
        let info = try CLI.run(["info", path, "--json"])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("\"name\" : \"graphql-assistant\""))
    }

    @Test func unknownExampleIsAnInputError() throws {
        let result = try CLI.run(["demo", "no-such-example", "--build-only"], currentDirectory: CLI.repositoryRoot.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no example project named \"no-such-example\""))
    }
}
