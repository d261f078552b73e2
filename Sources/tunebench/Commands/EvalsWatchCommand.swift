import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals watch PATH DIR [--rung R] [--model M]`: imports results files as they appear in or change
/// under DIR, until interrupted.
struct EvalsWatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Import every results file that appears in or changes under a directory, until interrupted (Ctrl-C).",
        discussion: """
            A file is imported once it is complete: when it has looked the same on two scans half a second apart. \
            The same content is never imported twice (by content hash), also across restarts. Files already there \
            when the watch starts are imported too, unless imported before.
            """)

    @Argument(help: "The project file.")
    var path: String

    @Argument(help: "The directory to watch (with its subdirectories).")
    var directory: String

    @Option(help: "The ladder rung the imported runs stand for.")
    var rung: Rung?

    @Option(help: "The model the imported runs stand for (replaces the one the tool names).")
    var model: String?

    @Flag(help: "Print each imported run as one JSON line: {id, name, cases, passed, pass_rate, ..., file}.")
    var json = false

    /// Seconds between scans.
    static let interval: UInt32 = 500_000

    func run() throws {
        // The folder is checked before the project is opened, so a wrong one leaves the project's bytes.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw CLIError.inputError("\(directory): no such directory to watch")
        }
        guard isDirectory.boolValue else { throw CLIError.inputError("\(directory): not a directory, so it cannot be watched") }
        do { _ = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw CLIError.inputError(SystemErrorSentence.describe(error) ?? "\(directory): cannot be listed")
        }
        let store = try openProjectForChange(path)
        let stop = InterruptCancellation.install()
        var watch = ResultsWatch(directory: directory)
        Diagnostics.write("tunebench: watching \(terminalSafeLine(directory, width: 400)) for results files (Ctrl-C stops)")
        while !stop.isCancelled {
            for file in watch.scan() {
                do {
                    switch try store.importWatchedFile(file, rung: rung, model: model) {
                    case .imported(let runs):
                        for run in runs {
                            if json {
                                say(try jsonLine(WatchedRunJSON(run: EvalRunJSON(run), file: file)))
                                continue
                            }
                            say("imported \(EvalsText.label(run)) from \(terminalSafeLine(file, width: 400)): \(run.cases) cases, passed \(EvalsText.passFigure(run))")
                        }
                    case .alreadyImported, .notResults: break
                    }
                } catch let error as EvalInputError {
                    Diagnostics.warning(terminalSafeLine(error.description, width: 2_000) + " (retried when the file changes)")
                }
            }
            usleep(Self.interval)
        }
        Diagnostics.write("tunebench: stopped watching")
    }

    private func jsonLine<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One line on standard output, written at once (unbuffered), so a script reading the watch sees it.
    private func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
}

/// `evals watch --json`: one imported run and the file it came from, as one line.
struct WatchedRunJSON: Encodable {
    let run: EvalRunJSON
    let file: String

    func encode(to encoder: Encoder) throws {
        try run.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(file, forKey: Key(stringValue: "file"))
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
