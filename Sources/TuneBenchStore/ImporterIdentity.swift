import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which process is importing an incomplete dataset, recorded in `dataset.importer` so that a later import can
/// tell whether that process is still running (docs/DECISIONS.md, "Chunked imports").
///
/// The text is `boot:pid:start`: the kernel's boot id and the process's start time (clock ticks after boot,
/// `/proc/<pid>/stat` field 22) tell a reused process id from the original one. Where `/proc` is missing both
/// are empty and only the process id is checked.
struct ImporterIdentity: Equatable {
    let boot: String
    let pid: Int32
    let start: String

    /// The running process.
    static var current: ImporterIdentity {
        let pid = getpid()
        return ImporterIdentity(boot: currentBoot, pid: pid, start: startTime(of: pid) ?? "")
    }

    /// Parses a recorded `boot:pid:start`; nil for anything else.
    init?(recorded text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let pid = Int32(parts[1]), pid > 0 else { return nil }
        self.init(boot: String(parts[0]), pid: pid, start: String(parts[2]))
    }

    init(boot: String, pid: Int32, start: String) {
        self.boot = boot
        self.pid = pid
        self.start = start
    }

    /// The text stored in `dataset.importer`.
    var recorded: String { "\(boot):\(pid):\(start)" }

    /// False only when the recorded process has certainly ended: the machine rebooted since, no process has
    /// that id, or the process with that id started at another time (a reused id).
    var isAlive: Bool {
        if boot != Self.currentBoot { return false }
        if kill(pid, 0) != 0 && errno == ESRCH { return false }
        if !start.isEmpty, let now = Self.startTime(of: pid), now != start { return false }
        return true
    }

    private static let currentBoot: String =
        ((try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)) ?? "")
        .trimmingCharacters(in: .whitespacesAndNewlines)

    /// Field 22 of `/proc/<pid>/stat` (after the parenthesised command name, which may hold spaces).
    private static func startTime(of pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 22 is fields[19].
        return fields.count > 19 ? String(fields[19]) : nil
    }
}
