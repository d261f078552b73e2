/// Identifies one piece of background work while it runs.
public struct TaskID: Hashable, Sendable, CustomStringConvertible {
    public let value: Int
    public init(_ value: Int) { self.value = value }
    public var description: String { "#\(value)" }
}

/// Background work the status bar shows while it runs.
public struct RunningTask: Equatable, Sendable {
    public var id: TaskID
    public var title: String
    public var kind: TaskKind
    /// 0...1 once the work has reported progress.
    public var fraction: Double?
    /// What the work says it is doing now (a runner: its elapsed time and the tool's last output line).
    public var note: String?

    public init(id: TaskID, title: String, kind: TaskKind = .job, fraction: Double? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.fraction = fraction
    }
}
