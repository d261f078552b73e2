import Foundation
import Testing
import TuneBenchCore

/// The three formats of the fixture report, compared with reviewed golden files in Fixtures/report/.
///
/// After an intended change, re-record with `TUNEBENCH_RECORD_GOLDEN=1 swift test --filter ReportGoldenTests`
/// and review the diff of Tests/TuneBenchCoreTests/Fixtures/report/ before committing it.
@Suite struct ReportGoldenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/report")

    @Test(arguments: ReportFormat.allCases)
    func matchesGolden(_ format: ReportFormat) throws {
        let text = try ReportFixture.renderer().render(try ReportFixture.report(), as: format)
        let url = Self.goldenFolder.appendingPathComponent("graphql-assistant.\(format.fileExtension)")
        if ProcessInfo.processInfo.environment["TUNEBENCH_RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "differs from \(url.path); re-record with TUNEBENCH_RECORD_GOLDEN=1 and review the diff")
    }
}
