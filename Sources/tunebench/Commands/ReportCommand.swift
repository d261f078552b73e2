import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

extension ReportFormat: ExpressibleByArgument {}

/// `tunebench report PATH --format md|html|json -o OUT`: the project report a team circulates.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the project report: decision, dataset, evals and cost as Markdown, HTML or JSON.",
        discussion: """
            Markdown and HTML come from Mustache templates (built in; --templates DIR uses a restyled copy of \
            Sources/TuneBenchCore/Report/Templates). HTML is one self-contained file: inline CSS and SVG, no \
            scripts, no external requests. JSON follows the versioned schema in docs/REPORT.md. Without -o the \
            report goes to stdout.
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(help: "md, html or json.")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: "The file to write (default: stdout).")
    var output: String?

    @Option(help: "A folder of report templates (report.md.mustache, report.html.mustache and their partials).")
    var templates: String?

    func run() throws {
        let store = try openProject(path, readOnly: true)
        let renderer = ReportRenderer(templates: try loadTemplates())
        let report = try ProjectReport.assemble(from: store)
        if let output {
            do { try renderer.write(report, as: format, to: output) } catch let error as FileWriteError {
                throw CLIError.inputError(error.description)
            }
            Diagnostics.write("wrote \(format.title) report to \(output)")
        } else {
            print(try renderer.render(report, as: format), terminator: "")
        }
    }

    private func loadTemplates() throws -> ReportTemplates {
        do {
            guard let templates else { return try ReportTemplates.builtIn() }
            return try ReportTemplates(directory: URL(fileURLWithPath: templates))
        } catch {
            throw CLIError.inputError(error.description)
        }
    }
}
