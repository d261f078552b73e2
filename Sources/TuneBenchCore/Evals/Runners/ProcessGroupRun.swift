#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A flag one side sets to stop work another side is doing (the TUI's cancel, the CLI's Ctrl-C).
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    public init() {}

    public var isCancelled: Bool { lock.withLock { value } }

    public func cancel() { lock.withLock { value = true } }
}

/// How a command run in its own process group ended.
public enum ProcessEnding: Sendable, Equatable {
    case exited(Int32)
    case signalled(Int32)
    /// The time limit passed: the process group was ended.
    case timedOut
    /// Someone cancelled: the process group was ended.
    case cancelled
}

/// Runs a shell command in a process group of its own (posix_spawn), so that a timeout or a cancel ends the
/// command and everything it started. Its standard output and error go to one pipe, handed on as they arrive;
/// standard input is `/dev/null`; the environment is the caller's.
public enum ProcessGroupRun {
    /// Seconds between SIGTERM to the group and SIGKILL.
    static let graceSeconds = 3.0

    /// Runs `/bin/sh -c command` in `directory` and waits for it.
    /// - Parameters:
    ///   - output: called with each chunk of output, on the calling thread.
    /// - Throws: ``EvalInputError`` when the directory does not exist or the shell cannot be started.
    public static func run(_ command: String, directory: String?, timeoutSeconds: Double?,
                           cancel: CancellationFlag? = nil, output: (Data) -> Void) throws(EvalInputError) -> ProcessEnding {
        var script = command
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw EvalInputError(location: directory, message: "the runner's working directory does not exist")
            }
            script = "cd \(Runner.shellQuoted(directory)) || exit 125\n" + command
        }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw EvalInputError(location: "runner", message: "cannot make a pipe (\(errnoText()))") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let pid: pid_t
        do throws(EvalInputError) {
            pid = try spawn(script, stdoutAndErr: writeEnd, readEnd: readEnd)
        } catch {
            close(readEnd)
            close(writeEnd)
            throw error
        }
        close(writeEnd)
        defer { close(readEnd) }
        let deadline = timeoutSeconds.map { Date().addingTimeInterval($0) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var open = true
        while true {
            if cancel?.isCancelled == true { return end(pid, as: .cancelled) }
            if let deadline, Date() >= deadline { return end(pid, as: .timedOut) }
            if open {
                var poller = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 100) > 0 {
                    let count = read(readEnd, &buffer, buffer.count)
                    if count > 0 { output(Data(buffer[0..<count])) } else if count == 0 || errno != EINTR { open = false }
                    continue
                }
            } else {
                usleep(50_000)
            }
            if let ending = reap(pid, wait: false) {
                drain(readEnd, into: output)
                return ending
            }
        }
    }

    private static func spawn(_ script: String, stdoutAndErr writeEnd: Int32, readEnd: Int32) throws(EvalInputError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (so it can be ended whole), default signal handling and no blocked signals.
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let words: [String] = ["/bin/sh", "-c", script]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        defer { arguments.forEach { free($0) } }
        var argv = arguments + [nil]
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
        guard status == 0 else {
            throw EvalInputError(location: "runner", message: "cannot start /bin/sh (\(String(cString: strerror(status))))")
        }
        return pid
    }

    /// Ends the process group (SIGTERM, then SIGKILL after a grace period) and waits for the command.
    private static func end(_ pid: pid_t, as ending: ProcessEnding) -> ProcessEnding {
        kill(-pid, SIGTERM)
        let grace = Date().addingTimeInterval(graceSeconds)
        while Date() < grace {
            if reap(pid, wait: false) != nil {
                kill(-pid, SIGKILL)  // anything it started and left behind
                return ending
            }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        _ = reap(pid, wait: true)
        return ending
    }

    /// The command's ending once it has exited (nil while it runs, unless `wait`).
    private static func reap(_ pid: pid_t, wait: Bool) -> ProcessEnding? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, wait ? 0 : WNOHANG)
            if result == 0 { return nil }
            if result < 0 {
                if errno == EINTR { continue }
                return .exited(-1)
            }
            let signal = status & 0x7f
            return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
        }
    }

    /// What is left in the pipe once the command exited (not waiting for anything it left running).
    private static func drain(_ fd: Int32, into output: (Data) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        for _ in 0..<256 {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 10) > 0 else { return }
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { return }
            output(Data(buffer[0..<count]))
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// The end of a command's output: the last lines, for messages and the TUI's job line (progress bars that
/// redraw with `\r` count as lines).
public struct OutputTail: Sendable, Equatable {
    private var text = ""
    /// Characters kept.
    static let limit = 8_192

    public init() {}

    public mutating func append(_ data: Data) {
        text += String(decoding: data, as: UTF8.self)
        if text.count > Self.limit { text = String(text.suffix(Self.limit)) }
    }

    /// The last `count` non-blank lines, oldest first.
    public func lastLines(_ count: Int) -> [String] {
        Array(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.suffix(count))
    }

    public var lastLine: String? { lastLines(1).first }
}
