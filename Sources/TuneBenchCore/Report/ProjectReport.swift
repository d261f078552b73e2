import Foundation

/// Everything a project report says, as plain values: what the Markdown and HTML templates show and what the
/// JSON format encodes (docs/REPORT.md documents the schema; `schemaVersion` changes when a key is renamed or
/// removed, never when one is added).
///
/// Built from plain inputs (metadata, the decision outcome, dataset and eval figures, an optional cost
/// estimate); `ProjectReport.assemble(from:)` (in the app's Jobs) gathers them from the store's reads.
public struct ProjectReport: Equatable, Sendable, Codable {
    /// The version of the JSON schema this value encodes to.
    public static let currentSchemaVersion = 1

    /// The project file the report was made from.
    public struct ProjectFile: Equatable, Sendable, Codable {
        /// The file's name (no directory, so reports do not leak paths).
        public var name: String
        /// SHA-256 of the file's bytes, lowercase hex.
        public var sha256: String

        public init(name: String, sha256: String) {
            self.name = name
            self.sha256 = sha256
        }
    }

    /// The project's own words.
    public struct Project: Equatable, Sendable, Codable {
        public var name: String
        public var problem: String
        public var targetMetric: String
        /// ISO 8601, UTC.
        public var createdAt: String

        public init(_ metadata: ProjectMetadata) {
            name = metadata.name
            problem = metadata.problem
            targetMetric = metadata.targetMetric
            createdAt = ReportDate.string(metadata.createdAt)
        }
    }

    public var schemaVersion: Int
    /// When the report was made: ISO 8601, UTC.
    public var generatedAt: String
    public var tunebenchVersion: String
    public var projectFile: ProjectFile
    public var project: Project
    public var decision: ReportDecision
    /// Nil when the project has no dataset.
    public var dataset: ReportDataset?
    public var evals: ReportEvals
    /// Nil until the project has a cost estimate.
    public var cost: ReportCost?

    public init(metadata: ProjectMetadata, projectFile: ProjectFile, generatedAt: Date, decision: ReportDecision,
                dataset: ReportDataset?, evals: ReportEvals, cost: ReportCost?) {
        schemaVersion = Self.currentSchemaVersion
        self.generatedAt = ReportDate.string(generatedAt)
        tunebenchVersion = TuneBenchVersion.current
        self.projectFile = projectFile
        project = Project(metadata)
        self.decision = decision
        self.dataset = dataset
        self.evals = evals
        self.cost = cost
    }
}

/// Report timestamps: ISO 8601 in UTC, whole seconds.
enum ReportDate {
    static func string(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
