import TuneBenchCore

/// The Report view's own state: the Markdown preview and where it is scrolled, and the export picker.
public struct ReportPaneState: Equatable, Sendable {
    /// What the preview shows.
    public enum Preview: Equatable, Sendable {
        case notLoaded
        case loading
        case loaded(String)
        case failed(String)
    }

    public var preview: Preview = .notLoaded
    public var scroll = TextScroll()
    /// The format chosen in the open export picker; nil while the picker is closed.
    public var exportFormat: ReportFormat?

    public init() {}
}
