import Testing
@testable import TuneBenchCore

@Suite struct NearestNameTests {
    let commands = ["open", "new", "info", "import", "validate", "review", "undo", "redo", "export", "report", "index"]

    @Test func typosFindTheCommand() {
        #expect(NearestName.suggestion(for: "improt", among: commands) == "import")
        #expect(NearestName.suggestion(for: "valdiate", among: commands) == "validate")
        #expect(NearestName.suggestion(for: "exprot", among: commands) == "export")
        #expect(NearestName.suggestion(for: "REVIEW", among: commands) == "review")
        #expect(NearestName.suggestion(for: "rep", among: commands) == "report")
    }

    @Test func farWordsFindNothing() {
        #expect(NearestName.suggestion(for: "zzzzzz", among: commands) == nil)
        #expect(NearestName.suggestion(for: "", among: commands) == nil)
        // "re" starts several names: no single guess.
        #expect(NearestName.suggestion(for: "re", among: commands) == nil)
    }

    @Test func editDistanceCountsSwapsOnce() {
        #expect(NearestName.editDistance(Array("improt"), Array("import")) == 1)
        #expect(NearestName.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(NearestName.editDistance([], Array("abc")) == 3)
    }
}
