import ArgumentParser
import Foundation
import TuneBenchCore

/// `--quiet`, on the commands that show progress.
struct ProgressOptions: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "No progress line on standard error, even on a terminal.")
    var quiet = false

    /// A reporter for one job: live only when standard error is a terminal and --quiet is not given.
    func reporter(_ label: String) -> TerminalProgress {
        TerminalProgress(label: label, enabled: !quiet && TerminalProgress.standardErrorIsTerminal)
    }
}

/// The progress of one long CLI job, redrawn in place on standard error (`\r`, the line, spaces over what the last one left) at
/// most ten times a second, and erased when the job ends, so what stays on the terminal is only the result.
/// Disabled, it does nothing: pipes, files and `--quiet` get no progress text. Any command with a long job takes
/// one (`ProgressOptions.reporter`) and calls `update` from its store call's progress closure, then `finish`.
final class TerminalProgress: @unchecked Sendable {
    /// Whether standard error is a terminal that understands `\r` (not `TERM=dumb`).
    static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    private let label: String
    private let enabled: Bool
    private let started = Date()
    private let lock = NSLock()
    private var lastDraw: Date?
    private var drawn = false
    /// Columns the last line took, which the next one (or the erase) blanks with spaces.
    private var drawnWidth = 0

    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled
    }

    /// Redraws the line with `progress`, unless the last redraw was under 0.1 s ago.
    func update(_ progress: WorkProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if let lastDraw, now.timeIntervalSince(lastDraw) < 0.1 { return }
        lastDraw = now
        let line = ProgressLine.text(label: label, progress: progress, elapsed: now.timeIntervalSince(started),
                                     width: Self.columns())
        // Spaces, not an erase-line sequence, blank what the last line left: no escape sequence ever goes out,
        // so the output stays safe on any terminal (and in the terminal-output tests).
        let width = line.count
        FileHandle.standardError.write(Data(("\r" + line + String(repeating: " ", count: max(0, drawnWidth - width))).utf8))
        drawnWidth = width
        drawn = true
    }

    /// Erases the line, if one was drawn.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: drawnWidth) + "\r").utf8)) }
        drawn = false
        drawnWidth = 0
    }

    /// Runs `body` with the reporter, erasing the line however it ends.
    func run<T>(_ body: (TerminalProgress) throws -> T) rethrows -> T {
        defer { finish() }
        return try body(self)
    }

    /// The terminal's width (80 when it cannot be asked).
    private static func columns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
