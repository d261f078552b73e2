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
        for step in manifest.steps { try run(step, in: store, now: now) }
        if !manifest.answers.isEmpty {
            try store.answerDecision(manifest.answers.mapValues { Optional($0) }, now: now)
        }
        // The sources' review pass, answers and assumptions set the example up; they are not the user's to undo.
        try store.forgetEditHistory()
        try store.checkpoint()
        try store.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: projectFile.path + suffix) }
        guard rename(temporary.path, projectFile.path) == 0 else {
            throw ExampleProjectError.badManifest(path: projectFile.path, detail: "cannot write: \(String(cString: strerror(errno)))")
        }
    }

    static let manifestName = "project.json"

    /// Runs one build step of the manifest against the project being built.
    private func run(_ step: ExampleManifest.Step, in store: ProjectStore, now: Date) throws {
        let file = directory.appendingPathComponent(step.file ?? "")
        switch step.step {
        case "import dataset":
            let format = try step.format.map { try DatasetFormat(name: $0) }
            let options = DatasetImportOptions(counter: try store.tokenCounter().counter, format: format,
                                               datasetName: step.name ?? name, now: now)
            _ = try store.importDataset(file: file.path, options: options)
        case "import eval run":
            guard let grader = step.grader else {
                throw ExampleProjectError.badManifest(path: file.path, detail: "an eval step needs a grader")
            }
            let directory = self.directory
            _ = try store.gradeEvalOutputs(
                try Data(contentsOf: file), fileName: file.lastPathComponent, graders: [grader],
                name: step.name ?? file.deletingPathExtension().lastPathComponent,
                rung: try step.rung.map { try Rung.parse($0) }, model: step.label, created: now,
                readFile: { path in try Data(contentsOf: directory.appendingPathComponent(path)) }, now: now)
        case "review":
            // Stands in for a reviewer's first pass: the first N examples are decided, clean ones accepted and
            // those with errors or exact duplicates rejected; the rest stay pending for the user.
            let limit = step.acceptValidUpTo ?? Int.max
            for example in try store.examples(dataset: step.name ?? name, limit: limit) {
                let bad = !example.errors.isEmpty || example.warnings.contains("exact_duplicate")
                try store.applyReview(exampleID: example.id, dataset: step.name ?? name,
                                      change: ReviewChange(status: bad ? .rejected : .accepted), now: now)
            }
        case "set assumptions":
            let values = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
            let assignments = values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            try store.assume(assignments, now: now)
        default:
            throw ExampleProjectError.badManifest(path: directory.appendingPathComponent(Self.manifestName).path,
                                                  detail: "unknown step \"\(step.step)\"")
        }
    }

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

/// `project.json`: the example's metadata, settings, decision answers and build steps.
struct ExampleManifest: Decodable {
    /// One build step: import a dataset, grade an eval run's outputs, or set cost assumptions.
    struct Step: Decodable {
        let step: String
        let file: String?
        let format: String?
        let rung: String?
        let label: String?
        let grader: String?
        let name: String?
        /// `review`: how many examples, from the top, the simulated first pass decides.
        let acceptValidUpTo: Int?

        enum CodingKeys: String, CodingKey {
            case step, file, format, rung, label, grader, name
            case acceptValidUpTo = "accept_valid_up_to"
        }
    }

    let name: String
    let problem: String
    let targetMetric: String
    let settings: [String: String]
    let answers: [String: String]
    let steps: [Step]

    enum CodingKeys: String, CodingKey {
        case name, problem, settings, answers, steps
        case targetMetric = "target_metric"
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        problem = try container.decodeIfPresent(String.self, forKey: .problem) ?? ""
        targetMetric = try container.decodeIfPresent(String.self, forKey: .targetMetric) ?? ""
        settings = try container.decodeIfPresent([String: String].self, forKey: .settings) ?? [:]
        answers = try container.decodeIfPresent([String: String].self, forKey: .answers) ?? [:]
        steps = try container.decodeIfPresent([Step].self, forKey: .steps) ?? []
    }

    static func load(_ url: URL) throws -> ExampleManifest {
        do {
            return try JSONDecoder().decode(ExampleManifest.self, from: Data(contentsOf: url))
        } catch {
            throw ExampleProjectError.badManifest(path: url.path, detail: "\(error)")
        }
    }
}
