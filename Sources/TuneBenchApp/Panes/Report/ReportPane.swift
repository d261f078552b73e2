import Foundation
import TerminalUI
import TuneBenchCore

/// The Report view: the project report's Markdown, scrollable, and an export picker that writes the report as
/// Markdown, HTML or JSON beside the project file (`NAME-report.EXT`), the written path shown in the status bar.
public enum ReportPane: Pane {
    public typealias State = ReportPaneState

    public enum Action: PaneAction {
        case scroll(ScrollCommand)
        case refresh
        case previewLoaded(String)
        case previewFailed(String)
        case openExport
        case chooseFormat(Int)
        case cancelExport
        case export

        public var isResult: Bool {
            switch self {
            case .previewLoaded, .previewFailed: true
            default: false
            }
        }

        public var longName: String {
            switch self {
            case .scroll(let command): "report-\(command.rawValue)"
            case .refresh: "report-refresh"
            case .previewLoaded: "report-preview-loaded"
            case .previewFailed: "report-preview-failed"
            case .openExport: "export"
            case .chooseFormat(let delta): delta < 0 ? "export-previous-format" : "export-next-format"
            case .cancelExport: "export-cancel"
            case .export: "export-write"
            }
        }
    }

    public static let id = PaneID.report
    static let group = "Report view"

    public static var bindings: [AppBinding] {
        let noPicker: @Sendable (AppState) -> String? = { $0.report.exportFormat == nil ? "no picker open" : nil }
        return ScrollCommand.bindings(for: id) { .report(.scroll($0)) } + [
            AppBinding([.character("r")], .report(.refresh), scope: id.scope, group: group,
                       help: "render the report again from the project file"),
            AppBinding([.character("e")], .report(.openExport), scope: id.scope, group: group,
                       help: "export the report: pick Markdown, HTML or JSON"),
            AppBinding([.character("l"), .right], .report(.chooseFormat(1)), scope: id.scope, group: group,
                       help: "next export format", disabledReason: noPicker),
            AppBinding([.character("h"), .left], .report(.chooseFormat(-1)), scope: id.scope, group: group,
                       help: "previous export format", disabledReason: noPicker),
            AppBinding([.character("w")], .report(.export), scope: id.scope, group: group,
                       help: "write it beside the project file", disabledReason: noPicker),
            AppBinding([.escape], .report(.cancelExport), scope: id.scope, group: group,
                       help: "close the export picker", disabledReason: noPicker),
        ]
    }

    /// Renders the Markdown preview from the project file, off the main loop.
    public static let loadPreview = AppTask(title: "rendering report", kind: .read) { environment, _ in
        do {
            let renderer = ReportRenderer(templates: try ReportTemplates.builtIn())
            return .report(.previewLoaded(try renderer.render(try ProjectReport.assemble(from: environment.store), as: .markdown)))
        } catch {
            return .report(.previewFailed("\(error)"))
        }
    }

    public static func update(_ state: inout State, _ action: Action, context: PaneContext) -> [Effect] {
        switch action {
        case .scroll(let command):
            state.scroll.apply(command)
        case .refresh:
            state.preview = .loading
            return [.task(loadPreview)]
        case .previewLoaded(let markdown):
            state.preview = .loaded(markdown)
        case .previewFailed(let message):
            state.preview = .failed(message)
        case .openExport:
            state.exportFormat = state.exportFormat ?? .markdown
        case .chooseFormat(let delta):
            guard let format = state.exportFormat else { return [] }
            let formats = ReportFormat.allCases
            let index = formats.firstIndex(of: format)!
            state.exportFormat = formats[(index + delta + formats.count) % formats.count]
        case .cancelExport:
            state.exportFormat = nil
        case .export:
            guard let format = state.exportFormat else { return [] }
            state.exportFormat = nil
            let path = ReportRenderer.defaultPath(forProject: context.project.path, format: format)
            return [.task(AppTask(title: "writing \(format.title) report") { environment, _ in
                let renderer = ReportRenderer(templates: try ReportTemplates.builtIn())
                try renderer.write(try ProjectReport.assemble(from: environment.store), as: format, to: path)
                return .showMessage(StatusMessage("wrote \(format.title) report to \(path)", kind: .info))
            })]
        }
        return []
    }

    public static func scrollAction(_ command: ScrollCommand) -> Action { .scroll(command) }

    public static func render(_ state: State, context: PaneContext, mode: PaneMode, in area: Rect, into grid: inout Grid) {
        ReportPreviewView(state: state, projectPath: context.project.path).render(in: area, into: &grid)
    }
}
