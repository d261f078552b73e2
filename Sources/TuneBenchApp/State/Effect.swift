/// Work `update` asks the runtime to do. Update stays pure: it returns effects as values and the runtime
/// runs them, feeding results back as actions.
///
/// Quitting is not an effect: `update` sets `AppState.isQuitting` and the runtime stops after that frame.
public enum Effect: Sendable {
    /// Run work off the main loop; its result comes back as an action, its progress as `.taskProgress`.
    case task(AppTask)

    /// What the effect does, in words (the task's title): what tests compare.
    public var summary: String {
        switch self {
        case .task(let task): task.title
        }
    }
}

/// Background work: a title for the status bar and a function of the environment that returns the action to
/// feed back. It runs on a background queue and may block (GRDB, file IO); it reports progress through the
/// reporter it is given.
///
///     AppTask(title: "importing train.jsonl") { env, progress in
///         let result = try env.store.importExamples(from: url) { progress.report($0) }
///         return .dataset(.imported(result))
///     }
public struct AppTask: Sendable {
    public var title: String
    public var work: @Sendable (AppEnvironment, TaskProgress) throws -> Action

    public init(title: String, work: @escaping @Sendable (AppEnvironment, TaskProgress) throws -> Action) {
        self.title = title
        self.work = work
    }

    /// Re-reads the project summary (after another process changed the file, or after a write).
    public static let loadProject = AppTask(title: "reading project") { environment, _ in
        .projectLoaded(try environment.loadSnapshot())
    }
}

/// How background work reports how far it has got.
public struct TaskProgress: Sendable {
    let post: @Sendable (Double) -> Void

    public init(_ post: @escaping @Sendable (Double) -> Void) { self.post = post }

    /// Reports a fraction between 0 and 1.
    public func report(_ fraction: Double) { post(min(max(fraction, 0), 1)) }
}
