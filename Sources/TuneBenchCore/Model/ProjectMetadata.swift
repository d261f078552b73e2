import Foundation

/// What a project is about: the values of the project-metadata table, one per project file.
public struct ProjectMetadata: Equatable, Sendable {
    /// A short human name, shown in the header and reports.
    public var name: String
    /// The problem statement in the team's own words ("the model must emit valid GraphQL for our schema").
    public var problem: String
    /// How success is measured ("share of outputs that validate against the schema, goal 98%").
    public var targetMetric: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(name: String, problem: String = "", targetMetric: String = "", createdAt: Date, updatedAt: Date) {
        self.name = name
        self.problem = problem
        self.targetMetric = targetMetric
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
