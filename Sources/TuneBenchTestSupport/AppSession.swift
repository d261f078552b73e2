import Foundation
import TerminalUI
import TuneBenchApp
import TuneBenchStore

/// The real app runtime over a real project file on a headless terminal, driven by key names: the one harness the
/// app tests build their fixtures on (a fixture subclasses it and fills the project first).
open class AppSession {
    public let directory: TemporaryDirectory
    public let store: ProjectStore
    public let terminal: HeadlessTerminal
    public let runtime: AppRuntime

    /// Opens the workbench on `store` (a project in `directory`).
    /// - Parameters:
    ///   - environment: the variables the workbench sees (`EDITOR` for editing sessions).
    ///   - start: whether to send the runtime's start action (loading the project) before the first frame; without
    ///     it the first frame shows the state as built, as a test of that state needs.
    public init(directory: TemporaryDirectory, store: ProjectStore, size: Size, environment: [String: String] = [:],
                start: Bool = true) async throws {
        self.directory = directory
        self.store = store
        let workbench = try Workbench(store: store, themeFlag: nil, environment: environment, searchRoots: [])
        terminal = HeadlessTerminal(size: size)
        runtime = AppRuntime(state: workbench.initialState(size: size), terminal: terminal,
                             environment: workbench.environment)
        if start { runtime.start() }
        await settle()
    }

    /// Lets background work finish without blocking the thread (tests share a small cooperative pool, which that
    /// work needs), then redraws.
    public func settle() async {
        for _ in 0..<2000 where !runtime.settle(seconds: 0) {
            try? await Task.sleep(for: .milliseconds(5))
        }
        runtime.render()
    }

    /// Presses keys by name, lets background work finish after each, and redraws.
    public func press(_ names: String...) async {
        for name in names {
            guard let key = Key(name: name) else { fatalError("no key named \(name)") }
            runtime.handle(key)
            await settle()
        }
    }

    /// Presses keys without waiting in between (as a fast typist would), then lets everything finish.
    public func pressFast(_ names: [String]) async {
        for name in names {
            guard let key = Key(name: name) else { fatalError("no key named \(name)") }
            runtime.handle(key)
        }
        await settle()
    }

    /// Types text into an open prompt.
    public func type(_ text: String) async {
        for character in text { runtime.handle(.character(character)) }
        await settle()
    }

    /// The screen's lines, as the user sees them.
    public var lines: [String] { terminal.screen.lines() }
    /// The screen as one string.
    public var text: String { lines.joined(separator: "\n") }
}
