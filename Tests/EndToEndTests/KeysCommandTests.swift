import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench keys`, through the real binary.
@Suite struct KeysCommandTests {
    @Test func markdownIsTheCommittedKeysDocument() throws {
        let result = try CLI.run(["keys", "--markdown"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/keys.md is stale: run `tunebench keys --markdown > docs/keys.md`")
    }

    @Test func plainListingNamesEveryScope() throws {
        let result = try CLI.run(["keys"])
        #expect(result.status == 0)
        for heading in ["Everywhere", "Dataset pane (when focused)", "Help overlay", "Command line overlay"] {
            #expect(result.stdout.contains(heading))
        }
        #expect(result.stdout.contains("toggle-zoom"))
    }
}
