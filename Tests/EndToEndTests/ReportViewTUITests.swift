import Foundation
import Testing
import TuneBenchTestSupport

/// The Report view in the real binary: the Markdown preview, then an HTML export through the picker, the
/// written path in the status bar and the file beside the project.
@Suite struct ReportViewTUITests {
    @Test func previewThenExportHTML() async throws {
        let fixture = try TUIFixture()
        let written = fixture.directory.path("project-report.html")
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("5")
            try await tmux.waitUntil("the Markdown preview") {
                $0.joined().contains("# Fine-tuning decision report: graphql-assistant")
            }
            try await tmux.send("e")
            try await tmux.waitUntil("the export picker") { $0.joined().contains("Export as") }
            try await tmux.send("l")
            try await tmux.waitUntil("HTML chosen") { $0.joined().contains("project-report.html") }
            try await tmux.send("w")
            try await tmux.waitUntil("the written path in the status bar") {
                $0.last?.contains("wrote HTML report to") == true
            }
            try await tmux.send("q")
        }
        let html = try String(contentsOfFile: written, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Fine-tuning decision report: graphql-assistant"))
    }
}
