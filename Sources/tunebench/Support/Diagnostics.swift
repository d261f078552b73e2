import Foundation

/// Writes diagnostics to standard error, never to standard output.
enum Diagnostics {
    /// `tunebench: MESSAGE` on one line.
    static func error(_ message: String) { write("tunebench: \(message)") }

    /// A warning that does not change the exit status.
    static func warning(_ message: String) { write("tunebench: warning: \(message)") }

    /// Raw text, newline added when missing.
    static func write(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
