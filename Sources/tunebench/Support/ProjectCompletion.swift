import ArgumentParser
import Foundation
import TuneBenchStore

/// Shell completion of names stored in the project named on the command line being completed (dataset names,
/// run names). The shell runs `tunebench` to get them, so they stay current; the lookups are read-only.
enum ProjectCompletion {
    /// `--dataset NAME` and the like: the project's dataset names.
    static let datasets = CompletionKind.custom { words, _, prefix in
        matching(prefix, in: project(in: words).map(ProjectNames.datasets(inProjectAt:)) ?? [])
    }

    /// `RUN` arguments: the project's eval run names.
    static let evalRuns = CompletionKind.custom { words, _, prefix in
        matching(prefix, in: project(in: words).map(ProjectNames.evalRuns(inProjectAt:)) ?? [])
    }

    /// The first word naming an existing `.tunebench` file (quotes and a leading `~/` undone), or nil.
    static func project(in words: [String]) -> String? {
        for word in words.dropFirst() {
            var path = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if path.hasPrefix("~/") { path = NSHomeDirectory() + path.dropFirst(1) }
            if path.hasSuffix("." + ProjectStore.fileExtension), FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    fileprivate static func matching(_ prefix: String, in names: [String]) -> [String] {
        names.filter { $0.hasPrefix(prefix) }
    }
}

extension CompletionKind {
    /// A project file argument: files ending in `.tunebench` (and folders).
    static var projectFile: CompletionKind { .file(extensions: [ProjectStore.fileExtension]) }
}
