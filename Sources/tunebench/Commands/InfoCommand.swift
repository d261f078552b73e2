import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench info PATH`: what a project holds.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a project's name, problem, schema version, size and record counts.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Flag(help: "Print one JSON object with name, schema_version and counts.")
    var json = false

    func run() throws {
        let store = try openProject(path, readOnly: true)
        let summary = try ProjectSummary.read(from: store)
        if json {
            try printJSON(summary)
        } else {
            print(summary.text)
        }
    }
}

/// The facts `info` prints, shaped as its JSON contract.
struct ProjectSummary: Encodable {
    let name: String
    let problem: String
    let targetMetric: String
    let schemaVersion: Int
    let fileBytes: Int
    let path: String
    let counts: [String: Int]
    let review: ReviewCounts
    /// Datasets whose near-duplicate findings an edit may have made stale (text output only).
    let staleNearDuplicates: [String]
    /// Incomplete datasets left by imports that were killed (text output only; the next import removes them).
    let interruptedImports: Int

    enum CodingKeys: String, CodingKey {
        case name, problem, path, counts, review
        case targetMetric = "target_metric"
        case schemaVersion = "schema_version"
        case fileBytes = "file_bytes"
    }

    static func read(from store: ProjectStore) throws -> ProjectSummary {
        let metadata = try store.metadata()
        let size = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
        return ProjectSummary(
            name: metadata.name, problem: metadata.problem, targetMetric: metadata.targetMetric,
            schemaVersion: try store.schemaVersion(), fileBytes: size, path: store.path,
            counts: try store.recordCounts(), review: try store.reviewCounts(),
            staleNearDuplicates: try store.datasets().filter(\.nearDuplicatesStale).map(\.name),
            interruptedImports: try store.interruptedImports())
    }

    /// The text form; the fields come from the file, so they are cleaned of control characters.
    var text: String {
        let clean = TerminalSafeText.clean
        var lines = [
            "name           \(clean(name))",
            "problem        \(problem.isEmpty ? "(not stated)" : clean(problem))",
            "target metric  \(targetMetric.isEmpty ? "(not stated)" : clean(targetMetric))",
            "schema         version \(schemaVersion)",
            "file           \(path) (\(ByteCountFormatter.string(fromByteCount: Int64(fileBytes), countStyle: .file)))",
            "records",
        ]
        for key in counts.keys.sorted() { lines.append("  \(key.padding(toLength: 18, withPad: " ", startingAt: 0))\(counts[key] ?? 0)") }
        for dataset in staleNearDuplicates {
            lines.append("near duplicates in \(dataset) may be stale after edits: run `tunebench validate`")
        }
        if interruptedImports > 0 {
            lines.append("\(interruptedImports) interrupted import\(interruptedImports == 1 ? "" : "s") (hidden; removed by the next import)")
        }
        return lines.joined(separator: "\n")
    }
}
