import Foundation
import Subprocess

/// A program running in its own tmux server, for end-to-end tests of the terminal UI (fzf's harness, in Swift).
///
///     try await TmuxSession.with(command: [CLI.binaryPath, path], width: 100, height: 30) { tmux in
///         try await tmux.waitUntil { $0.joined().contains("1 Decision") }
///         try await tmux.send("q")
///     }
///
/// Each session has a private socket (`tmux -L`), no user configuration (`-f /dev/null`) and a fixed size.
/// The program is typed at an interactive `sh`; when it exits, `[exit STATUS]` is printed and the pane is a
/// shell again, for checking that the terminal was restored.
/// tmux is started through swift-subprocess, never Foundation `Process`, which hangs on `new-session -d`
/// (docs/DECISIONS.md). Waits poll `capture-pane` until a predicate holds; there are no fixed sleeps.
public final class TmuxSession: Sendable {
    /// The `-L` socket name, unique per session.
    public let socket: String
    static let target = "tb"

    /// What a wait saw when it gave up.
    public struct Timeout: Error, CustomStringConvertible {
        public let what: String
        public let screen: [String]
        public var description: String {
            "timed out waiting for \(what); the screen was:\n" + screen.enumerated().map { String(format: "%2d|%@", $0, $1) }.joined(separator: "\n")
        }
    }

    /// A tmux command failed.
    public struct CommandFailed: Error, CustomStringConvertible {
        public let description: String
    }

    private init(socket: String) { self.socket = socket }

    /// Starts `command` (program and arguments) in a `width`×`height` pane under `LANG=C.UTF-8` and
    /// `TERM=tmux-256color`, runs `body`, and kills the server whatever happens.
    /// - Parameter workingDirectory: where the command runs (the shell `cd`s there first).
    public static func with<T>(command: [String], width: Int, height: Int, environment: [String: String] = [:],
                               workingDirectory: String? = nil,
                               _ body: (TmuxSession) async throws -> T) async throws -> T {
        let session = try await start(command: command, width: width, height: height, environment: environment,
                                      workingDirectory: workingDirectory)
        do {
            let result = try await body(session)
            await session.kill()
            return result
        } catch {
            await session.kill()
            throw error
        }
    }

    static func start(command: [String], width: Int, height: Int, environment: [String: String],
                      workingDirectory: String?) async throws -> TmuxSession {
        let session = TmuxSession(socket: "tunebench-\(getpid())-\(UUID().uuidString.prefix(8))")
        var variables = ["LANG": "C.UTF-8", "TERM": "tmux-256color", "PS1": "$ "]
        for (key, value) in environment { variables[key] = value }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuoted($0.value))" }
        let shell = "env -u NO_COLOR -u TUNEBENCH_THEME -u ENV \(assignments.joined(separator: " ")) sh"
        try await session.tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                                shell])
        // A window keeps the size it was created with, whatever clients attach later.
        try await session.tmux(["set-option", "-t", target, "window-size", "manual"])
        try await session.waitUntil("the shell prompt") { $0.first?.hasPrefix("$") == true }
        // Typed at an interactive shell, as a user would: the shell survives Ctrl-C, and after the program
        // exits it prints the status and the pane is a usable shell again.
        let change = workingDirectory.map { "cd \(shellQuoted($0)) && " } ?? ""
        try await session.type(change + command.map(shellQuoted).joined(separator: " ") + "; echo \"[exit $?]\"")
        try await session.send("Enter")
        return session
    }

    /// Sends keys in tmux's names (`q`, `Enter`, `Tab`, `BTab`, `Escape`, `C-c`, `Up`).
    public func send(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", TmuxSession.target] + keys)
    }

    /// Types text literally.
    public func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", TmuxSession.target, "-l", text])
    }

    /// Sends raw bytes as if typed (mouse reports, for instance).
    public func sendBytes(_ bytes: [UInt8]) async throws {
        try await tmux(["send-keys", "-t", TmuxSession.target, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Clicks the left button at a cell (0-based), as an xterm X10 mouse report (`ESC [ M b x y`), which is
    /// what tmux-256color's `kmous` announces.
    public func click(x: Int, y: Int) async throws {
        let position = [UInt8(33 + x), UInt8(33 + y)]
        try await sendBytes([0x1B, 0x5B, 0x4D, 32] + position)
        try await sendBytes([0x1B, 0x5B, 0x4D, 35] + position)
    }

    /// The pane's lines as plain text (trailing blanks trimmed by tmux).
    public func capture() async throws -> [String] {
        let output = try await tmux(["capture-pane", "-p", "-t", TmuxSession.target])
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The pane with SGR escape sequences for colours and attributes (`capture-pane -e`).
    public func captureWithStyles() async throws -> String {
        try await tmux(["capture-pane", "-p", "-e", "-t", TmuxSession.target])
    }

    /// Polls the screen until `predicate` holds, and returns that screen.
    @discardableResult
    public func waitUntil(_ what: String = "the screen to match", timeout: Duration = .seconds(15),
                          _ predicate: ([String]) -> Bool) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        var screen: [String] = []
        while ContinuousClock.now < deadline {
            screen = try await capture()
            if predicate(screen) { return screen }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Timeout(what: what, screen: screen)
    }

    /// Waits until some line contains `text`.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(15)) async throws -> [String] {
        try await waitUntil("'\(text)'", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Resizes the window; the program gets SIGWINCH.
    public func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", TmuxSession.target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the pane's shell.
    public func panePID() async throws -> Int32 {
        let output = try await tmux(["display-message", "-p", "-t", TmuxSession.target, "#{pane_pid}"])
        guard let pid = Int32(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CommandFailed(description: "no pane pid in '\(output)'")
        }
        return pid
    }

    /// Stops the server and everything in it.
    public func kill() async {
        _ = try? await tmux(["kill-server"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) async throws -> String {
        let result = try await run(.name("tmux"), arguments: Arguments(["-L", socket] + arguments),
                                   output: .string(limit: 1 << 20), error: .string(limit: 1 << 16))
        guard result.terminationStatus.isSuccess else {
            throw CommandFailed(description: "tmux \(arguments.joined(separator: " ")): \(result.standardError)")
        }
        return result.standardOutput
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// The children of a process, from /proc (Linux).
public func childProcesses(of pid: Int32) -> [Int32] {
    let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap { Int32($0) }
}
