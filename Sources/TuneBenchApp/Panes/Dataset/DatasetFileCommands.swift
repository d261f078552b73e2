import Foundation
import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The problems an import reported, as `file:line: reason` lines in a scrolling overlay.
public struct DatasetProblemsReport: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var offset = 0
}

/// `:import` and `:export-dataset` from the pane: the CLI's store functions run as jobs (progress in the status bar,
/// quitting asks), so the keys keep working; an import's problems open in an overlay afterwards.
enum DatasetFileCommands {
    static let importUsage = ImportJob.description.usage(as: "import")
    static let exportUsage = ExportJob.description.usage(as: "export-dataset")

    /// The import job, prepared as `tunebench import` prepares it (the same options, the same warnings).
    static func importJob(_ job: ImportJob) -> Effect {
        let name = URL(fileURLWithPath: job.file).lastPathComponent
        return .task(AppTask(title: "importing \(name)", kind: .job) { environment, progress in
            let store = environment.store
            do {
                let (options, warnings) = try job.prepare(store)
                let report = try store.importDataset(file: job.file, options: options) { progress.report($0.fraction ?? 0) }
                return .dataset(.imported(name, .success(DatasetImportSummary(report, warnings: warnings))))
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
    static func validateJob(_ job: ValidateJob) -> Effect {
        .task(AppTask(title: "validating", kind: .job) { environment, progress in
            let store = environment.store
            let report = try store.validate(dataset: job.dataset, settings: try job.validation.settings(store))
            progress.report(1)
            return .dataset(.validated(errors: report.examplesWithErrors, warnings: report.examplesWithWarnings))
        })
    }

    /// The export job, prepared as `tunebench export` prepares it; status and tag not given come from the
    /// pane's filter (the export has no finding filter).
    static func exportJob(_ job: ExportJob, filter: ExampleFilter) -> Effect {
        var job = job
        job.status = job.status ?? filter.status
        job.tag = job.tag ?? filter.tag
        let name = URL(fileURLWithPath: job.output).lastPathComponent
        return .task(AppTask(title: "exporting \(name)", kind: .job) { [job] environment, progress in
            let store = environment.store
            let report = try job.run(store) { progress.report($0.fraction ?? 0) }
            progress.report(1)
            let written = report.manifest == nil
                ? report.files.map { "\(count($0.examples, "example")) to \($0.path)" }.joined(separator: ", ")
                : "\(count(report.files.map(\.examples).reduce(0, +), "example")) in \(count(report.files.count, "shard")) to \(job.output)"
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
            let warnings = summary.warnings.map { " (\($0))" }.joined()
            let message = StatusMessage("imported \(count(summary.imported, "example")) from \(file) into \"\(summary.dataset)\"\(problems)\(warnings)",
                                        kind: summary.problems.isEmpty && summary.warnings.isEmpty ? .info : .warning)
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
        let scope = DatasetOverlay.problemsScope
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
    /// What `tunebench import` warns about too (token counts that are estimates).
    public var warnings: [String]

    init(_ report: DatasetImportReport, warnings: [JobWarning]) {
        dataset = report.dataset
        imported = report.imported
        problems = report.problems
        self.warnings = warnings.map(\.summary)
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
