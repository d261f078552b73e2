import Foundation
import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// `:import FILE [--dataset NAME] [--format F]`: what to import.
public struct DatasetImportRequest: Equatable, Sendable {
    public var path: String
    public var dataset: String?
    public var format: DatasetFormat?
}

/// `:export-dataset FILE [--format F]` (`:export` is the report's): where to write the examples of the current filter.
public struct DatasetExportRequest: Equatable, Sendable {
    public var path: String
    public var format: DatasetFormat = .openaiChat
}

/// The problems an import reported, as `file:line: reason` lines in a scrolling overlay.
public struct DatasetProblemsReport: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var offset = 0
}

/// `:import` and `:export-dataset` from the pane: the CLI's store functions run as jobs (progress in the status bar,
/// quitting asks), so the keys keep working; an import's problems open in an overlay afterwards.
enum DatasetFileCommands {
    static let importUsage = "usage: :import FILE [--dataset NAME] [--format FORMAT]"
    static let exportUsage = "usage: :export-dataset FILE [--format openai-chat|openai-preference|alpaca|sharegpt]"

    /// Reads the words after `:import`.
    static func parseImport(_ words: [String]) -> Result<DatasetImportRequest, CommandArgumentError> {
        var request = DatasetImportRequest(path: "")
        var rest = words[...]
        while let word = rest.popFirst() {
            switch word {
            case "--dataset":
                guard let name = rest.popFirst() else { return .failure(CommandArgumentError(importUsage)) }
                request.dataset = name
            case "--format":
                guard let name = rest.popFirst(), let format = DatasetFormat(rawValue: name) else {
                    return .failure(CommandArgumentError("import: --format takes one of \(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
                request.format = format
            default:
                guard request.path.isEmpty, !word.hasPrefix("--") else { return .failure(CommandArgumentError(importUsage)) }
                request.path = expandingHome(word)
            }
        }
        return request.path.isEmpty ? .failure(CommandArgumentError(importUsage)) : .success(request)
    }

    /// Reads the words after `:export`.
    static func parseExport(_ words: [String]) -> Result<DatasetExportRequest, CommandArgumentError> {
        var request = DatasetExportRequest(path: "")
        var rest = words[...]
        while let word = rest.popFirst() {
            if word == "--format" {
                guard let name = rest.popFirst(), let format = DatasetFormat(rawValue: name),
                      DatasetFormat.exportable.contains(format) else { return .failure(CommandArgumentError(exportUsage)) }
                request.format = format
            } else {
                guard request.path.isEmpty, !word.hasPrefix("--") else { return .failure(CommandArgumentError(exportUsage)) }
                request.path = expandingHome(word)
            }
        }
        return request.path.isEmpty ? .failure(CommandArgumentError(exportUsage)) : .success(request)
    }

    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst()
    }

    /// The import job: the project's token counter and validation settings, as `tunebench import` uses.
    static func importJob(_ request: DatasetImportRequest) -> Effect {
        let name = URL(fileURLWithPath: request.path).lastPathComponent
        return .task(AppTask(title: "importing \(name)", kind: .job) { environment, progress in
            let store = environment.store
            let options = DatasetImportOptions(
                counter: try store.tokenCounter().counter, format: request.format, datasetName: request.dataset,
                validation: try store.validationSettings())
            do {
                let report = try store.importDataset(file: request.path, options: options) { progress.report($0.fraction ?? 0) }
                return .dataset(.imported(name, .success(DatasetImportSummary(report))))
            } catch DatasetStoreError.nothingImported(let report) {
                return .dataset(.imported(name, .failure(DatasetImportFailure(
                    message: "nothing could be imported from \(name) (\(report.problems.count) problems)",
                    problems: report.problems))))
            } catch {
                return .dataset(.imported(name, .failure(DatasetImportFailure(message: "\(error)", problems: []))))
            }
        })
    }

    /// The `:validate` job: every dataset with the project's settings, as `tunebench validate` runs it (it also
    /// clears the mark an edit leaves on near-duplicate findings).
    static func validateJob() -> Effect {
        .task(AppTask(title: "validating", kind: .job) { environment, progress in
            let store = environment.store
            let report = try store.validate(dataset: nil, settings: try store.validationSettings())
            progress.report(1)
            return .dataset(.validated(errors: report.examplesWithErrors, warnings: report.examplesWithWarnings))
        })
    }

    /// The export job over the examples of the filter (status and tag; the export has no finding filter).
    static func exportJob(_ request: DatasetExportRequest, filter: ExampleFilter) -> Effect {
        let name = URL(fileURLWithPath: request.path).lastPathComponent
        return .task(AppTask(title: "exporting \(name)", kind: .job) { environment, progress in
            let store = environment.store
            let options = DatasetExportOptions(
                format: request.format, status: filter.status, tag: filter.tag,
                nearDuplicateThreshold: try store.validationSettings().nearDuplicateThreshold)
            let report = try store.exportDataset(to: request.path, options: options)
            progress.report(1)
            let written = report.files.map { "\(count($0.examples, "example")) to \($0.path)" }.joined(separator: ", ")
            let skipped = report.skipped.values.reduce(0, +)
            return .showMessage(StatusMessage("exported \(written)" + (skipped > 0 ? " (\(skipped) skipped)" : "")))
        })
    }

    /// The status line and the problems overlay (nil without problems) of a finished import.
    static func outcome(of file: String, _ result: Result<DatasetImportSummary, DatasetImportFailure>)
        -> (StatusMessage, DatasetProblemsReport?) {
        switch result {
        case .success(let summary):
            let problems = summary.problems.isEmpty ? "" : ", \(count(summary.problems.count, "problem"))"
            let message = StatusMessage("imported \(count(summary.imported, "example")) from \(file) into \"\(summary.dataset)\"\(problems)",
                                        kind: summary.problems.isEmpty ? .info : .warning)
            return (message, report(file, summary.problems))
        case .failure(let failure):
            return (StatusMessage(failure.message, kind: .error), report(file, failure.problems))
        }
    }

    private static func report(_ file: String, _ problems: [ImportProblem]) -> DatasetProblemsReport? {
        guard !problems.isEmpty else { return nil }
        return DatasetProblemsReport(title: "\(file): \(count(problems.count, "problem"))",
                                     lines: problems.map { "\(file):\($0.line): \($0.reason)" })
    }

    /// `1 problem`, `2 problems`.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// The problems overlay's keys.
    static var problemsBindings: [AppBinding] {
        let scope = BindingScope.overlay("problems")
        return [
            AppBinding([.character("j"), .down], .dataset(.problemsScroll(1)), scope: scope, group: "Problems", help: "scroll down"),
            AppBinding([.character("k"), .up], .dataset(.problemsScroll(-1)), scope: scope, group: "Problems", help: "scroll up"),
            AppBinding([.pageDown, .character(" ")], .dataset(.problemsScroll(10)), scope: scope, group: "Problems",
                       help: "scroll a page down"),
            AppBinding([.pageUp], .dataset(.problemsScroll(-10)), scope: scope, group: "Problems", help: "scroll a page up"),
            AppBinding([.escape, .character("q")], .closeOverlay, scope: scope, group: "Problems", help: "close"),
        ]
    }
}

/// What an import reports back to the pane.
public struct DatasetImportSummary: Equatable, Sendable {
    public var dataset: String
    public var imported: Int
    public var problems: [ImportProblem]

    init(_ report: DatasetImportReport) {
        dataset = report.dataset
        imported = report.imported
        problems = report.problems
    }
}

/// Why an import stored nothing, with the problems that explain it.
public struct DatasetImportFailure: Error, Equatable, Sendable {
    public var message: String
    public var problems: [ImportProblem]
}

/// The words of a `:` line after the command name were not understood.
public struct CommandArgumentError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The problems overlay: a box over the body, one problem a line, scrolled by `offset`.
struct DatasetProblemsView {
    let report: DatasetProblemsReport

    func render(in area: Rect, into grid: inout Grid) {
        grid.fill(area)
        let inner = Box.inner(area).inset(horizontal: 1, vertical: 0)
        let shown = "\(min(report.lines.count, report.offset + 1))-\(min(report.lines.count, report.offset + inner.height))"
            + "/\(report.lines.count) j/k Esc"
        Box(title: Line(report.title, Style(.warning, attributes: .bold)), borderStyle: Style(.accent), footer: shown)
            .render(in: area, into: &grid)
        for (row, line) in report.lines.dropFirst(report.offset).prefix(inner.height).enumerated() {
            grid.write(line, x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
    }
}
