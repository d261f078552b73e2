@preconcurrency import CNcursesw
@preconcurrency import Glibc

/// Signal handling while curses owns the terminal.
///
/// SIGINT (Ctrl-C), SIGTERM and SIGHUP only record the signal: the main loop sees it within one key timeout,
/// leaves, and the terminal is restored on the main thread before the process exits with 128 + signal.
/// Fatal signals (a crash, a Swift runtime trap) restore the terminal in the handler itself, as far as that
/// is possible, then die with the default action so the exit status and core dump stay honest.
public enum CursesSignals {
    nonisolated(unsafe) private static var received: sig_atomic_t = 0

    /// The stop signal received since `install`, if any.
    public static var receivedSignal: Int32? { received == 0 ? nil : Int32(received) }

    static let stopSignals = [SIGINT, SIGTERM, SIGHUP]
    static let fatalSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        for signalNumber in stopSignals {
            signal(signalNumber) { number in CursesSignals.received = sig_atomic_t(number) }
        }
        for signalNumber in fatalSignals {
            signal(signalNumber) { number in
                endwin()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func uninstall() {
        for signalNumber in stopSignals + fatalSignals { signal(signalNumber, SIG_DFL) }
    }
}
