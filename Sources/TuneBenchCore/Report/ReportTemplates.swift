import Foundation
import Mustache

/// The Mustache templates reports are rendered from: `report.md.mustache` and `report.html.mustache`, plus any
/// partials (`{{> name}}`, named by their path under the folder without `.mustache`).
///
/// The built-in set ships as a resource of TuneBenchCore (`Sources/TuneBenchCore/Report/Templates/`); a team
/// restyles reports by copying that folder, editing it, and passing it to `tunebench report --templates DIR`.
public struct ReportTemplates: Sendable {
    /// The template a format is rendered from.
    public static func templateName(for format: ReportFormat) -> String? {
        switch format {
        case .markdown: "report.md"
        case .html: "report.html"
        case .json: nil
        }
    }

    let library: MustacheLibrary

    /// The templates that ship with tunebench.
    public static func builtIn() throws(ReportTemplateError) -> ReportTemplates {
        guard let url = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw ReportTemplateError(file: "Templates", message: "the built-in report templates are missing from the install")
        }
        return try ReportTemplates(directory: url)
    }

    /// Every `*.mustache` file under `directory`; the Markdown and HTML templates must both be there.
    public init(directory: URL) throws(ReportTemplateError) {
        _ = ReportEscaping.registered
        var library = MustacheLibrary()
        let root = directory.standardizedFileURL.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) && !isFolder.boolValue {
            throw ReportTemplateError(file: root, message: "not a folder")
        }
        // The enumerator walks a folder it cannot list as an empty one; listing it first gives the reason.
        do { _ = try FileManager.default.contentsOfDirectory(atPath: root) } catch {
            throw ReportTemplateError(file: root, message: "not a readable folder (\(SystemErrorSentence.describe(error) ?? "cannot be listed"))")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw ReportTemplateError(file: root, message: "not a readable folder")
        }
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            let path = root + "/" + relative
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw ReportTemplateError(file: path, message: SystemErrorSentence.describe(error) ?? "cannot be read")
            }
            do {
                library.register(try MustacheTemplate(string: text), named: String(relative.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw ReportTemplateError(file: path, line: error.context.lineNumber, column: error.context.columnNumber,
                                          message: "\(error.error)")
            } catch {
                throw ReportTemplateError(file: path, message: "\(error)")
            }
        }
        for name in ReportFormat.allCases.compactMap(Self.templateName) where library.getTemplate(named: name) == nil {
            throw ReportTemplateError(file: root + "/" + name + ".mustache", message: "missing (every template folder needs report.md.mustache and report.html.mustache)")
        }
        self.library = library
    }

    func render(_ context: [String: Any], template name: String) -> String? {
        library.render(context, withTemplate: name)
    }
}

/// A report template that cannot be loaded: which file, where, and why.
public struct ReportTemplateError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
