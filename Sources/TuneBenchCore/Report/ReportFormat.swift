/// The formats a report is written in. The raw value is the CLI's `--format` value.
public enum ReportFormat: String, CaseIterable, Sendable, Codable {
    case markdown = "md"
    case html
    case json

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// A name for pickers and messages.
    public var title: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "HTML"
        case .json: "JSON"
        }
    }
}
