import Foundation
import GRDB

/// How tunebench processes share the project's one write lock while a long job (an import, validation, the
/// search index) writes a chunk per transaction.
///
/// SQLite's own busy handler sleeps up to 100 ms between tries, and a job that commits and begins its next
/// transaction within microseconds takes the lock back before the sleeper wakes: at a million examples one review
/// in about a thousand waited out the whole timeout. So every connection polls each millisecond, and a long job
/// pauses a few milliseconds after each commit: a waiting process is sure to try inside that window and gets the
/// lock, then waits at most one of the job's transactions (docs/DECISIONS.md, "Sharing the write lock").
extension ProjectStore {
    /// How often a connection waiting for a lock tries again.
    static let busyPollMicroseconds: useconds_t = 1_000

    /// How long a long job leaves the write lock free after each commit: three polls of a waiting process.
    static let handOverMicroseconds: useconds_t = 3_000

    /// Waits for another process's lock for at least ``busyTimeout``, trying every ``busyPollMicroseconds``.
    static let busyMode: Database.BusyMode = .callback { tries in
        guard Double(tries) * Double(busyPollMicroseconds) < busyTimeout * 1_000_000 else { return false }
        usleep(busyPollMicroseconds)
        return true
    }

    /// Called by a long job between two of its write transactions: gives a waiting process its turn.
    static func handOverWriteLock() {
        usleep(handOverMicroseconds)
    }
}
