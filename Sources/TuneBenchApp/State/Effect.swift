import TuneBenchStore

/// Work `update` asks the runtime to do. Update stays pure: it returns effects as values and the runtime
/// runs them, feeding results back as actions.
///
/// Quitting is not an effect: `update` sets `AppState.isQuitting` and the runtime stops after that frame.
public enum Effect: Sendable {
    /// Run work off the main loop; its result comes back as an action, its progress as `.taskProgress`.
    case task(AppTask)
    /// Run a program that needs the terminal (`$EDITOR`) on the main loop, with the screen released until it
    /// ends; its result comes back as an action and the screen is redrawn whole.
    case external(ExternalTask)
    /// A change for the store to make (a user edit, its undo or redo), run in order with the other writes; its
    /// outcome comes back to the pane that asked as ``Action/editFinished(_:_:)``.
    case edit(EditEffect)

    /// What the effect does, in words (the task's title): what tests compare.
    public var summary: String {
        switch self {
        case .task(let task): task.title
        case .external(let task): task.title
        case .edit(let edit): edit.title
        }
    }

    /// The change asked for, when this effect is one.
    public var editRequest: EditRequest? {
        if case .edit(let edit) = self { edit.request } else { nil }
    }
}

/// Work that takes over the terminal (an editor): it runs on the main loop while the screen is released, so
/// nothing else draws meanwhile.
public struct ExternalTask: Sendable {
    public var title: String
    public var work: @Sendable (AppEnvironment) -> Action

    public init(title: String, work: @escaping @Sendable (AppEnvironment) -> Action) {
        self.title = title
        self.work = work
    }
}

/// Background work: a title for the status bar, its kind, and a function of the environment that returns the
/// action to feed back. It runs on a background queue and may block (GRDB, file IO); it reports progress through
/// the reporter it is given.
///
///     AppTask(title: "importing train.jsonl") { env, progress in
///         let result = try env.store.importExamples(from: url) { progress.report($0) }
///         return .dataset(.imported(result))
///     }
public struct AppTask: Sendable {
    public var title: String
    public var kind: TaskKind
    public var work: @Sendable (AppEnvironment, TaskProgress) throws -> Action

    public init(title: String, kind: TaskKind = .job,
                work: @escaping @Sendable (AppEnvironment, TaskProgress) throws -> Action) {
        self.title = title
        self.kind = kind
        self.work = work
    }

    /// Re-reads the project summary (after another process changed the file, or after a write).
    public static let loadProject = AppTask(title: "reading project", kind: .read) { environment, _ in
        .projectLoaded(try environment.loadSnapshot())
    }
}

/// How the runtime schedules a task and whether quitting waits for it.
public enum TaskKind: Sendable, Equatable {
    /// A read the screen waits for: runs concurrently; quitting drops it.
    case read
    /// A write or a query that must see the writes before it (review decisions, next unreviewed, search): runs
    /// on one serial queue in the order `update` asked for it, so five fast keys store five decisions in key
    /// order; quitting lets the queue finish first, since these take milliseconds.
    case ordered
    /// Long work the user started (an import, an export): runs concurrently; quitting asks first.
    case job
}

/// How background work reports how far it has got.
public struct TaskProgress: Sendable {
    let post: @Sendable (Double) -> Void
    let postNote: @Sendable (String) -> Void

    public init(_ post: @escaping @Sendable (Double) -> Void, note: @escaping @Sendable (String) -> Void = { _ in }) {
        self.post = post
        self.postNote = note
    }

    /// Reports a fraction between 0 and 1.
    public func report(_ fraction: Double) { post(min(max(fraction, 0), 1)) }

    /// Says what the work is doing now, shown beside its title in the status bar.
    public func note(_ text: String) { postNote(text) }
}
