import Dispatch
import Foundation
import TuneBenchCore

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP set a flag instead of killing tunebench, so a runner's process group
/// (which the terminal's Ctrl-C does not reach: it has a group of its own) is ended before tunebench exits.
enum InterruptCancellation {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// A flag set by the first interrupt from now on.
    static func install() -> CancellationFlag {
        let flag = CancellationFlag()
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { flag.cancel() }
            source.resume()
            sources.append(source)
        }
        return flag
    }
}
