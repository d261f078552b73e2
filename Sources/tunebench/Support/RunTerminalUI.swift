import Foundation
import TerminalCurses
import TuneBenchApp
import TuneBenchStore

/// Runs the workbench on the real terminal and always gives the terminal back: on quit, on Ctrl-C, SIGTERM
/// and SIGHUP (exit 128 + signal), and on thrown errors.
func runTerminalUI(store: ProjectStore, themeFlag: String?) throws {
    let workbench = try Workbench(
        store: store, themeFlag: themeFlag, environment: ProcessInfo.processInfo.environment,
        searchRoots: themeSearchRoots())
    let terminal: CursesTerminal
    do {
        terminal = try CursesTerminal(theme: workbench.themeChoice.theme)
    } catch let error as CursesError {
        throw CLIError.inputError(error.description)
    }
    workbench.run(on: terminal) { CursesSignals.receivedSignal != nil }
    terminal.restore()
    if let warning = workbench.themeChoice.warning { Diagnostics.warning(warning) }
    if let signal = CursesSignals.receivedSignal {
        // Die of the signal (the handler is the default again), so the shell sees what happened.
        raise(signal)
        exit(128 + signal)
    }
}
