import Foundation
import TuneBenchCore

/// An example project kept as readable sources in `projects/NAME/`, and the recipe that builds its project file.
///
/// The project file `projects/NAME/NAME.tunebench` is derived data: it is rebuilt whenever any source file is
/// newer, so the example always tells the story its sources tell.
public struct ExampleProject: Sendable {
    /// The example's folder name.
    public let name: String
    /// The folder holding its sources.
    public let directory: URL

    /// The project file built from the sources.
    public var projectFile: URL { directory.appendingPathComponent("\(name).\(ProjectStore.fileExtension)") }

    /// Finds `projects/NAME` by walking up from each of `searchRoots` (the working directory, the binary's folder).
    public static func locate(_ name: String, searchRoots: [URL]) throws -> ExampleProject {
        for root in searchRoots {
            var dir = root.standardizedFileURL
            while true {
                let candidate = dir.appendingPathComponent("projects").appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(manifestName).path) {
                    return ExampleProject(name: name, directory: candidate)
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw ExampleProjectError.notFound(name: name)
    }

    /// True when the project file is missing or older than a source file.
    public func needsBuild() throws -> Bool {
        guard let built = modificationDate(projectFile) else { return true }
        return try sourceFiles().contains { (modificationDate($0) ?? .distantFuture) > built }
    }

    /// Builds the project file from the sources, replacing any earlier build. Builds into a temporary file and
    /// renames it, so an interrupted build never leaves a half project behind.
    public func build(now: Date = Date()) throws {
        let manifest = try ExampleManifest.load(directory.appendingPathComponent(Self.manifestName))
        let temporary = directory.appendingPathComponent(".\(name).building.\(ProcessInfo.processInfo.processIdentifier)")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        }
        let store = try ProjectStore.create(path: temporary.path, name: manifest.name, problem: manifest.problem,
                                            targetMetric: manifest.targetMetric, force: true, now: now)
        for (key, value) in manifest.settings.sorted(by: { $0.key < $1.key }) { try store.setSetting(key, to: value) }
        try store.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: projectFile.path + suffix) }
        guard rename(temporary.path, projectFile.path) == 0 else {
            throw ExampleProjectError.badManifest(path: projectFile.path, detail: "cannot write: \(String(cString: strerror(errno)))")
        }
    }

    static let manifestName = "project.json"

    private func sourceFiles() throws -> [URL] {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        var result: [URL] = []
        while let url = files?.nextObject() as? URL {
            let file = url.lastPathComponent
            if file.hasPrefix(".") || file.hasSuffix(".\(ProjectStore.fileExtension)") || file.contains(".tunebench-") { continue }
            if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true { result.append(url) }
        }
        return result
    }

    private func modificationDate(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}

/// Why an example project could not be built.
public enum ExampleProjectError: Error, CustomStringConvertible {
    case notFound(name: String)
    case badManifest(path: String, detail: String)

    public var description: String {
        switch self {
        case let .notFound(name):
            return "no example project named \"\(name)\" (looked for projects/\(name)/project.json above the working directory and the tunebench binary)"
        case let .badManifest(path, detail):
            return "\(path): \(detail)"
        }
    }
}

/// `project.json`: the example's metadata and settings.
struct ExampleManifest: Decodable {
    let name: String
    let problem: String
    let targetMetric: String
    let settings: [String: String]

    enum CodingKeys: String, CodingKey {
        case name, problem, settings
        case targetMetric = "target_metric"
    }

    static func load(_ url: URL) throws -> ExampleManifest {
        do {
            return try JSONDecoder().decode(ExampleManifest.self, from: Data(contentsOf: url))
        } catch {
            throw ExampleProjectError.badManifest(path: url.path, detail: "\(error)")
        }
    }
}
