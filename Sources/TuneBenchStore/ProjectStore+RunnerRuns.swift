import Foundation
import GRDB
import TuneBenchCore

/// What one run of a runner gave: the runs it imported, the run they are compared with and the comparison (of
/// the last imported run against it).
public struct RunnerRunResult: Sendable, Equatable {
    public var runs: [StoredEvalRun]
    public var reference: StoredEvalRun?
    public var comparison: PairedComparison?
    /// The directory the command wrote its results to (`{out}`).
    public var outDirectory: String
}

extension ProjectStore {
    /// Where the output directories of runs live: `<project without extension>.runs/` beside the project file.
    public var runsDirectory: String {
        URL(fileURLWithPath: path).deletingPathExtension().path + ".runs"
    }

    /// Runs the runner `name`: its command in its own process group with `{out}` a fresh, empty directory, its
    /// output handed to `output` as it comes; after it exits 0, imports every results file it left there (in one
    /// transaction) and compares the last of them with the runner's previous run (first run: the best run of the
    /// nearest rung below).
    /// - Throws: ``RunnerFailure`` (non-zero exit, timeout, no results file, cancel, a refused results file, an
    ///   unknown runner); nothing is imported then.
    public func runRunner(named name: String, cancel: CancellationFlag? = nil, output: (Data) -> Void = { _ in },
                          now: Date = Date()) throws -> RunnerRunResult {
        guard let runner = try runner(named: name) else { throw RunnerFailure.unknownRunner(name) }
        let sequence = try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT max(runner_sequence) FROM eval_run WHERE runner = ?", arguments: [name]) ?? 0
        } + 1
        let out = try freshDirectory(named: "\(name)-\(sequence)")
        var tail = OutputTail()
        let ending: ProcessEnding
        do {
            ending = try ProcessGroupRun.run(runner.shellCommand(outDirectory: out), directory: runner.cwd,
                                             timeoutSeconds: runner.timeoutSeconds, cancel: cancel) { data in
                tail.append(data)
                output(data)
            }
        } catch {
            removeIfEmpty(out)
            throw RunnerFailure.cannotStart(runner: name, error)
        }
        let lines = tail.lastLines(10)
        switch ending {
        case .exited(0): break
        case .exited(let status):
            removeIfEmpty(out)
            throw RunnerFailure.exitStatus(runner: name, status: status, lastLines: lines)
        case .signalled(let signal):
            removeIfEmpty(out)
            throw RunnerFailure.exitStatus(runner: name, status: 128 + signal, lastLines: lines)
        case .timedOut:
            removeIfEmpty(out)
            throw RunnerFailure.timedOut(runner: name, seconds: runner.timeoutSeconds ?? 0, lastLines: lines)
        case .cancelled:
            removeIfEmpty(out)
            throw RunnerFailure.cancelled(runner: name)
        }
        var files: [(path: String, data: Data)] = []
        for file in RunnerResults.files(in: out) {
            // A file that went away is skipped; one too long to read is the run's failure, not silence.
            do { files.append((file, try DocumentFile.read(file, mappingArchives: true))) } catch {
                if case .tooLong = error { throw RunnerFailure.badResults(runner: name, EvalInputError(location: file, message: error.reason)) }
            }
        }
        let found: [(run: EvalRun, file: String)]
        do { found = try RunnerResults.runs(of: runner, sequence: sequence, files: files) }
        catch { throw RunnerFailure.badResults(runner: name, error) }
        guard !found.isEmpty else {
            removeIfEmpty(out)
            throw RunnerFailure.noResults(runner: name, directory: out, lastLines: lines)
        }
        let hashes = Dictionary(files.map { ($0.path, RunnerResults.contentHash($0.data)) }, uniquingKeysWith: { a, _ in a })
        let stored = try insertEvalRuns(found.map { item in
            (item.run, EvalRunOrigin(sourceFile: item.file, runner: name, runnerSequence: sequence, contentHash: hashes[item.file]))
        }, now: now)
        return try comparedWithReference(stored, runner: runner, outDirectory: out)
    }

    private func comparedWithReference(_ stored: [StoredEvalRun], runner: Runner, outDirectory: String) throws -> RunnerRunResult {
        let candidates = try evalRuns().map {
            RunnerBaseline.Candidate(id: $0.id, runner: $0.runner, rung: $0.rung, passRate: $0.passRate)
        }
        let referenceID = RunnerBaseline.reference(runner: runner.name, rung: runner.rung, newRuns: Set(stored.map(\.id)),
                                                   among: candidates)
        guard let referenceID, let last = stored.last else {
            return RunnerRunResult(runs: stored, reference: nil, comparison: nil, outDirectory: outDirectory)
        }
        let comparison = PairedComparison.compare(try evalOutcomes(runID: referenceID), try evalOutcomes(runID: last.id))
        return RunnerRunResult(runs: stored, reference: try evalRun(id: referenceID), comparison: comparison,
                               outDirectory: outDirectory)
    }

    /// A new, empty directory under ``runsDirectory`` (`NAME-N`, or `NAME-N.2`... if that one exists).
    private func freshDirectory(named name: String) throws -> String {
        let manager = FileManager.default
        var candidate = runsDirectory + "/" + name
        var suffix = 2
        while manager.fileExists(atPath: candidate) {
            candidate = runsDirectory + "/\(name).\(suffix)"
            suffix += 1
        }
        do { try manager.createDirectory(atPath: candidate, withIntermediateDirectories: true) }
        catch { throw RunnerFailure.cannotStart(runner: name, EvalInputError(location: candidate, message: "cannot create the output directory")) }
        return candidate
    }

    private func removeIfEmpty(_ directory: String) {
        if (try? FileManager.default.contentsOfDirectory(atPath: directory))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}

/// What a watched directory's new or changed file gave.
public enum WatchedFileImport: Sendable, Equatable {
    /// The runs it held, now stored.
    case imported([StoredEvalRun])
    /// The same bytes were imported before.
    case alreadyImported
    /// JSON that holds no eval results (a tool's index or config).
    case notResults
}

extension ProjectStore {
    /// Imports a results file that appeared in or changed under a watched directory, unless its content was
    /// imported before (by content hash); runs are named as `evals import` names them, with `rung` and `model`.
    /// - Throws: ``EvalInputError`` when the file cannot be read or imported.
    public func importWatchedFile(_ file: String, rung: Rung?, model: String?, now: Date = Date()) throws -> WatchedFileImport {
        let data: Data
        do { data = try DocumentFile.read(file, mappingArchives: true) } catch {
            throw EvalInputError(location: file, message: error.reason)
        }
        guard RunnerResults.looksLikeResults(data, fileName: file) else { return .notResults }
        let hash = RunnerResults.contentHash(data)
        let seen = try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM eval_run WHERE content_hash = ? LIMIT 1", arguments: [hash]) ?? false
        }
        if seen { return .alreadyImported }
        var runs = try EvalFileImport.runs(from: data, fileName: file, rung: rung)
        if let model { for index in runs.indices { runs[index].model = model } }
        return .imported(try insertEvalRuns(runs.map { ($0, EvalRunOrigin(sourceFile: file, contentHash: hash)) }, now: now))
    }
}
