import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchTestSupport

/// The Report view: the Markdown preview, scrolled, and the export picker.
@Suite struct ReportPaneTests {
    /// The sample project's report (a facts problem: the tree answers at once) as Markdown, dated.
    static func previewMarkdown() throws -> String {
        let date = Date(timeIntervalSince1970: 1_795_000_000)
        let report = ProjectReport(
            metadata: sampleSnapshot().metadata, projectFile: .init(name: "graphql-assistant.tunebench", sha256: "0123abcd"),
            generatedAt: date, decision: ReportDecision(DecisionEngine(evidence: .init()).evaluate(answers: ["problem": "facts"])),
            dataset: nil, evals: ReportEvals(runs: [], minimumCases: 50, target: nil) { _ in [] }, cost: nil)
        return try ReportRenderer(templates: try ReportTemplates.builtIn()).render(report, as: .markdown)
    }

    @Test func openingTheViewRendersTheReport() {
        var state = sampleState(width: 100, height: 30)
        let effects = update(&state, .openReport)
        #expect(effects.map(\.summary) == ["rendering report"])
        #expect(state.report.preview == .loading)
    }

    @Test func previewShowsTheMarkdown() throws {
        let grid = render(state(after: [.openReport, .report(.previewLoaded(try Self.previewMarkdown()))], width: 100, height: 30))
        try ScreenSnapshot.check(grid.lines(), named: "report-preview-100x30")
    }

    @Test func exportPickerChoosesAFormatAndWritesBesideTheProject() throws {
        var state = state(after: [.openReport, .report(.previewLoaded(try Self.previewMarkdown())), .report(.openExport),
                                  .report(.chooseFormat(1))], width: 80, height: 24)
        #expect(state.report.exportFormat == .html)
        try ScreenSnapshot.check(render(state).lines(), named: "report-export-picker-80x24")
        let effects = update(&state, .report(.export))
        #expect(effects.map(\.summary) == ["writing HTML report"])
        #expect(state.report.exportFormat == nil)
    }

    @Test func pickerKeysAreDisabledWhileItIsClosed() throws {
        var state = state(after: [.openReport])
        let action = KeyResolver.action(for: .character("w"), in: state)
        #expect(action == .showMessage(StatusMessage("export-write: no picker open", kind: .warning)))
        _ = update(&state, KeyResolver.action(for: .character("e"), in: state)!)
        #expect(KeyResolver.action(for: .character("w"), in: state) == .report(.export))
        _ = update(&state, KeyResolver.action(for: .escape, in: state)!)
        #expect(state.report.exportFormat == nil)
    }
}
