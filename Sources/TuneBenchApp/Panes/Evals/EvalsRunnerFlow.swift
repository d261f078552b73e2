import Dispatch
import Foundation
import TuneBenchCore
import TerminalUI
import TuneBenchStore

/// How a runner's job ended, as the Evals pane hears it.
public enum RunnerJobOutcome: Equatable, Sendable {
    /// It imported runs; the project as it is afterwards, so the ladder and the decision move on the same frame.
    case finished(name: String, RunnerRunResult, ProjectSnapshot)
    /// It created no run: why, in one line (cancelled, non-zero exit, timeout, no results file...).
    case failed(name: String, message: String)
}

/// Runners and watched directories in the TUI: `r` / `:run NAME` run a runner as a job (elapsed time and the
/// tool's last output line in the status bar, `X` cancels), and when it finishes the new run is selected and the
/// comparison with the previous run opens; `:watch DIR` registers a directory whose results files are imported
/// as they appear. App-level, because they move focus and zoom and read the project's runners.
enum EvalsRunnerFlow {
    /// Seconds between scans of the watched directories.
    static let watchInterval = 0.5

    /// Handles the runner and watch actions; nil for the pane's other actions.
    static func update(_ state: inout AppState, _ action: EvalsPane.Action) -> [Effect]? {
        switch action {
        case .runRunner(let name): return run(&state, name)
        case .cancelRunner:
            guard let job = state.evals.runnerJob else { return [] }
            state.message = StatusMessage("cancelling \(job.name): ending its processes…")
            let flag = job.cancel
            return [.task(AppTask(title: "cancelling \(job.name)", kind: .read) { _, _ in
                flag.cancel()
                return .evals(.reload)
            })]
        case .runnerFinished(let outcome): return finished(&state, outcome)
        case .watchDirectory(let directory): return watch(&state, directory)
        case .watchScanned(let watches, let imported, let problems):
            state.evals.watchScanning = false
            let scanned = Dictionary(watches.map { ($0.directory, $0) }, uniquingKeysWith: { a, _ in a })
            state.evals.watches = state.evals.watches.map { scanned[$0.directory] ?? $0 }
            if let problem = problems.last {
                state.message = StatusMessage(problem, kind: .warning)
            } else if !imported.isEmpty {
                state.message = StatusMessage("imported from a watched directory: " + imported.joined(separator: ", "))
            }
            // A reload (after an import) schedules the next scan itself when it lands.
            return imported.isEmpty ? watchEffects(&state) : [.task(.loadProject)]
        default: return nil
        }
    }

    /// The runner `r` means: the selected run's runner, else the only one.
    static func defaultRunner(_ state: AppState) -> String? {
        let runners = state.project.runners
        let runs = state.project.evalRuns
        if runs.indices.contains(state.evals.selectedRun), let name = runs[state.evals.selectedRun].runner,
           runners.contains(where: { $0.name == name }) { return name }
        return runners.count == 1 ? runners[0].name : nil
    }

    private static func run(_ state: inout AppState, _ requested: String?) -> [Effect] {
        if let job = state.evals.runnerJob {
            state.message = StatusMessage("\(job.name) is running (X cancels it)", kind: .warning)
            return []
        }
        guard let name = requested ?? defaultRunner(state) else {
            // Several runners and none selected: ask which, on the command line.
            state.overlay = .commandLine(CommandLineState(text: "run "))
            state.message = StatusMessage("which runner? " + state.project.runners.map(\.name).joined(separator: ", "))
            return []
        }
        guard state.project.runners.contains(where: { $0.name == name }) else {
            state.message = StatusMessage("no runner is named '\(name)' (tunebench evals runner list)", kind: .warning)
            return []
        }
        let flag = CancellationFlag()
        state.evals.runnerJob = .init(name: name, cancel: flag)
        return [.task(AppTask(title: "running \(name)", kind: .job) { environment, progress in
            let tail = SharedTail()
            let started = Date()
            // Elapsed time and the tool's last line, twice a second, whether or not the tool prints.
            let timer = DispatchSource.makeTimerSource(queue: .global())
            timer.schedule(deadline: .now(), repeating: 0.5)
            timer.setEventHandler {
                let seconds = Int(Date().timeIntervalSince(started))
                progress.note("\(seconds)s" + (tail.lastLine.map { " · " + $0 } ?? "") + " (X cancels)")
            }
            timer.resume()
            defer { timer.cancel() }
            do {
                let result = try environment.store.runRunner(named: name, cancel: flag) { tail.append($0) }
                return .evals(.runnerFinished(.finished(name: name, result, try environment.loadSnapshot())))
            } catch let failure as RunnerFailure {
                let first = failure.description.split(separator: "\n").first.map(String.init) ?? failure.description
                let last = failure.lastLines.last.map { " · last output: " + $0 } ?? ""
                return .evals(.runnerFinished(.failed(name: name, message: first + last)))
            }
        })]
    }

    private static func finished(_ state: inout AppState, _ outcome: RunnerJobOutcome) -> [Effect] {
        state.evals.runnerJob = nil
        switch outcome {
        case .failed(_, let message):
            state.message = StatusMessage(message, kind: .error)
            return []
        case .finished(let name, let result, let snapshot):
            var effects = TuneBenchApp.update(&state, .projectLoaded(snapshot))
            guard let run = result.runs.last,
                  let index = state.project.evalRuns.firstIndex(where: { $0.id == run.id }) else { return effects }
            state.evals.selectedRun = index
            state.evals.markedRun = nil
            let figure = "passed \(run.passed)/\(run.cases)"
            guard let reference = result.reference, let comparison = result.comparison else {
                state.message = StatusMessage("\(name): \(run.name) \(figure); nothing earlier to compare with")
                return effects
            }
            state.focus = .evals
            state.lastHomeFocus = .evals
            state.isZoomed = true
            let context = state.context(for: .evals)
            effects += EvalsPane.openCases(&state.evals, runID: reference.id, otherRunID: run.id,
                                           height: EvalsCaseScreen.listHeight(context, compare: true))
            state.evals.comparison = comparison
            state.message = StatusMessage("\(run.name) \(figure) vs \(reference.name): " + verdict(comparison))
            return effects
        }
    }

    /// `+25.0 pts [+5.0, +45.0], McNemar p = 0.2500: no detectable difference`
    static func verdict(_ comparison: PairedComparison) -> String {
        let p = comparison.mcnemarP < 0.0001 ? "p < 0.0001" : String(format: "p = %.4f", comparison.mcnemarP)
        return String(format: "%+.1f pts [%+.1f, %+.1f]", comparison.scoreDiff * 100, comparison.diffInterval.low * 100,
                      comparison.diffInterval.high * 100) + ", McNemar \(p): \(comparison.verdict.rawValue)"
    }

    private static func watch(_ state: inout AppState, _ directory: String?) -> [Effect] {
        let watched = state.project.watchDirectories
        guard let directory else {
            state.message = StatusMessage(watched.isEmpty ? "no directory is watched (:watch DIR)"
                                          : "watching " + watched.joined(separator: ", "))
            return []
        }
        let path = URL(fileURLWithPath: (directory as NSString).expandingTildeInPath).standardizedFileURL.path
        guard !watched.contains(path) else {
            state.message = StatusMessage("\(path) is watched already")
            return []
        }
        let value = ProjectStore.watchDirectoriesValue(watched + [path])
        return [.edit(EditEffect(.setting(key: ProjectStore.watchDirectoriesKey, value: value, scope: .evals), from: .evals))]
    }

    /// Keeps one scan of the watched directories scheduled while any is registered (after every reload).
    static func watchEffects(_ state: inout AppState) -> [Effect] {
        let directories = state.project.watchDirectories
        let known = Dictionary(state.evals.watches.map { ($0.directory, $0) }, uniquingKeysWith: { a, _ in a })
        state.evals.watches = directories.map { known[$0] ?? ResultsWatch(directory: $0) }
        guard !state.evals.watches.isEmpty, !state.evals.watchScanning else { return [] }
        state.evals.watchScanning = true
        let watches = state.evals.watches
        return [.task(AppTask(title: "watching \(watches.count == 1 ? "1 directory" : "\(watches.count) directories")",
                              kind: .read) { environment, _ in
            Thread.sleep(forTimeInterval: watchInterval)
            var watches = watches
            var imported: [String] = [], problems: [String] = []
            for index in watches.indices {
                for file in watches[index].scan() {
                    do {
                        if case .imported(let runs) = try environment.store.importWatchedFile(file, rung: nil, model: nil) {
                            imported += runs.map(\.name)
                        }
                    } catch let error as EvalInputError {
                        problems.append(error.description)
                    }
                }
            }
            return .evals(.watchScanned(watches, imported: imported, problems: problems))
        })]
    }
}

/// The end of a runner's output, shared between the job (which appends) and its timer (which reads).
private final class SharedTail: @unchecked Sendable {
    private let lock = NSLock()
    private var tail = OutputTail()

    func append(_ data: Data) { lock.withLock { tail.append(data) } }

    var lastLine: String? { lock.withLock { tail.lastLine } }
}
