import TuneBenchCore

/// What every pane may show about the project as a whole; reloaded after changes.
public struct ProjectSnapshot: Equatable, Sendable {
    public var path: String
    public var metadata: ProjectMetadata

    public init(path: String, metadata: ProjectMetadata) {
        self.path = path
        self.metadata = metadata
    }

    public var name: String { metadata.name }
}
