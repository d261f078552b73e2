import Dispatch
import TerminalUI

/// The small loop around the pure core: reads keys from a terminal, resolves them to actions, applies
/// `update`, runs the effects (background work off the main loop, results fed back as actions) and presents
/// the re-rendered grid, of which the terminal writes only the changed cells.
///
///     let runtime = AppRuntime(state: state, terminal: terminal, environment: AppEnvironment(store: store))
///     runtime.run { signalReceived }
public final class AppRuntime {
    public private(set) var state: AppState
    private let terminal: any Terminal
    private let environment: AppEnvironment
    private let inbox = Inbox()
    private var nextTaskID = 1
    /// Tasks started whose finish has not been applied yet.
    private var pendingTasks = 0
    private var renderedState: AppState?
    static let workQueue = DispatchQueue(label: "tunebench.work", qos: .userInitiated, attributes: .concurrent)
    /// Runs `.ordered` tasks one at a time in the order they were asked for (one per runtime: one project).
    private let orderedQueue = DispatchQueue(label: "tunebench.ordered", qos: .userInitiated)

    public init(state: AppState, terminal: any Terminal, environment: AppEnvironment) {
        self.state = state
        self.terminal = terminal
        self.environment = environment
        self.state.size = terminal.size
    }

    /// Runs until the user quits or `shouldStop` (checked a few times a second) returns true.
    public func run(until shouldStop: () -> Bool = { false }) {
        start()
        render()
        while !state.isQuitting && !shouldStop() {
            if let key = terminal.nextKey(timeoutMilliseconds: 40) {
                handle(key)
                // Keys that are already waiting (a held key, a paste) are applied before the next frame.
                for _ in 0..<64 where !state.isQuitting {
                    guard let next = terminal.nextKey(timeoutMilliseconds: 0) else { break }
                    handle(next)
                }
            }
            applyPosted()
            render()
        }
        // Decisions already on the ordered queue are stored before the loop returns, even unconfirmed ones.
        orderedQueue.sync {}
    }

    /// Lets the panes start reading what they show (`run` does this; scripted sessions call it themselves).
    public func start() { dispatch(.started) }

    /// Handles one input event as if typed.
    public func handle(_ key: Key) {
        if let action = KeyResolver.action(for: key, in: state) { dispatch(action) }
    }

    /// Applies an action and runs its effects.
    public func dispatch(_ action: Action) {
        for effect in update(&state, action) { perform(effect) }
    }

    /// Waits until all background work has finished and its results are applied (for scripted sessions).
    /// Returns false if work is still running after `seconds`.
    @discardableResult
    public func settle(seconds: Double = 10) -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        applyPosted()
        while pendingTasks > 0 {
            if ContinuousClock.now > deadline { return false }
            inbox.wait(seconds: 0.05)
            applyPosted()
        }
        return true
    }

    /// Draws the state if it changed since the last frame.
    public func render() {
        guard renderedState != state else { return }
        var grid = Grid(size: state.size)
        AppView.render(state, into: &grid)
        terminal.present(grid)
        renderedState = state
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .task(let task):
            let id = TaskID(nextTaskID)
            nextTaskID += 1
            pendingTasks += 1
            dispatch(.taskStarted(id, title: task.title, kind: task.kind))
            let inbox = self.inbox, environment = self.environment
            // A dispatch queue, not a Swift task: work blocks (SQLite, files), and blocking the small
            // cooperative pool would stall every other task in the process.
            let queue = task.kind == .ordered ? orderedQueue : AppRuntime.workQueue
            queue.async {
                let progress = TaskProgress({ inbox.post(.taskProgress(id, fraction: $0)) },
                                            note: { inbox.post(.taskNote(id, $0)) })
                do {
                    let result = try task.work(environment, progress)
                    inbox.post(result)
                    inbox.post(.taskFinished(id))
                } catch {
                    inbox.post(.taskFailed(id, message: "\(error)"))
                }
            }
        case .edit(let edit):
            perform(.task(AppTask(title: edit.title, kind: .ordered) { environment, _ in edit.perform(in: environment) }))
        case .external(let task):
            // Writes still queued (a decision pressed just before) land before the program sees the example.
            orderedQueue.sync {}
            var result: Action?
            let environment = self.environment
            terminal.runReleased { result = task.work(environment) }
            renderedState = nil
            if let result { dispatch(result) }
        }
    }

    private func applyPosted() {
        for action in inbox.drain() {
            switch action {
            case .taskFinished, .taskFailed: pendingTasks -= 1
            default: break
            }
            dispatch(action)
        }
    }
}
