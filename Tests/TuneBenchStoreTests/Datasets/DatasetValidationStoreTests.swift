import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

@Suite struct DatasetValidationStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
    }

    @Test func droneSampleHas103ValidToolCallingExamples() throws {
        try store.importForTest(try DatasetSamples.path(DatasetSamples.drone))
        let report = try store.validate(dataset: nil, settings: ValidationSettings())
        #expect(report.examples == 103)
        #expect(!report.hasErrors)
        #expect(report.errors.count == CheckCategory.errors.count)
        #expect(report.warnings.count == CheckCategory.warnings.count)
        #expect(report.ids.count == CheckCategory.allCases.count)
        #expect(report.errors["message_missing_key"] == 0 && report.errors["missing_content"] == 0)
    }

    @Test func toySampleMatchesTheReferenceWarnings() throws {
        try store.importForTest(try DatasetSamples.path(DatasetSamples.toy))
        let report = try store.validate(dataset: nil, settings: ValidationSettings())
        #expect(report.examples == 5 && !report.hasErrors)
        #expect(report.warnings["missing_system_message"] == 1)
        #expect(report.warnings["missing_user_message"] == 1)
        let statistics = try store.tokenStatistics(dataset: nil, maxTokensPerExample: 4096)
        #expect(statistics.training.epochs == 20)
        #expect(statistics.messagesPerExample?.max == 9)
        #expect(statistics.tokenCounter == "test-words" && !statistics.exact)
    }

    @Test func tokenLimitJSONOutputAndDuplicatesFollowTheSettings() throws {
        let path = dir.path("d.jsonl")
        let a = #"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"{\"x\": 1}"}]}"#
        let b = #"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"not json at all"}]}"#
        let aAgain = #"{"messages": [{"role":"user","content":"q"},{"role":"assistant","content":"{\"x\": 1}"}]}"#
        try write([a, b, aAgain].joined(separator: "\n"), to: path)
        try store.importForTest(path)
        var settings = ValidationSettings()
        var report = try store.validate(dataset: "d", settings: settings)
        #expect(report.warnings["exact_duplicate"] == 1)
        #expect(report.errors["invalid_json_output"] == 0)
        settings.requireJSONOutput = true
        settings.tokenLimit = 15  // word counts: 14, 16, 14 with the formula's overhead
        report = try store.validate(dataset: "d", settings: settings)
        #expect(report.errors["invalid_json_output"] == 1)
        #expect(report.errors["over_token_limit"] == 1)
        let listed = try store.examples(dataset: "d")
        #expect(listed[1].errors.contains("invalid_json_output"))
        #expect(listed[2].warnings == ["missing_system_message", "exact_duplicate"])
        #expect(listed[1].errors == ["over_token_limit", "invalid_json_output"])
        #expect(report.ids["exact_duplicate"] == [listed[2].id])
    }
}
