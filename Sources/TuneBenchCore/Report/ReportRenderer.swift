import Foundation

/// Writes a ``ProjectReport`` as Markdown or HTML (from the Mustache templates) or as JSON (the value itself,
/// encoded: snake_case keys, sorted, pretty-printed).
public struct ReportRenderer: Sendable {
    public let templates: ReportTemplates

    public init(templates: ReportTemplates) {
        self.templates = templates
    }

    /// The report as text in `format`. Throws a ``ReportTemplateError``, or an encoding error for a non-finite number.
    public func render(_ report: ProjectReport, as format: ReportFormat) throws -> String {
        guard let name = ReportTemplates.templateName(for: format) else { return try Self.json(report) }
        guard let text = templates.render(ReportTemplateContext.make(report), template: name) else {
            throw ReportTemplateError(file: name + ".mustache", message: "missing")
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// The JSON form (schema in docs/REPORT.md), ending in a newline.
    public static func json(_ report: ProjectReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}

extension ReportRenderer {
    /// Renders the report and writes it to `path` atomically (a temporary file renamed into place).
    public func write(_ report: ProjectReport, as format: ReportFormat, to path: String) throws {
        let text = try render(report, as: format)
        let writer = try SafeFileWriter(path: path)
        try writer.write(text.utf8)
        try writer.commit()
    }

    /// Where a report of the project at `projectPath` goes by default: beside it, `NAME-report.EXT`.
    public static func defaultPath(forProject projectPath: String, format: ReportFormat) -> String {
        let url = URL(fileURLWithPath: projectPath)
        let base = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(base)-report.\(format.fileExtension)").path
    }
}
