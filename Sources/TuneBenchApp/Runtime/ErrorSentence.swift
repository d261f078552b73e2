import TuneBenchCore
import TuneBenchStore

/// One sentence for the errors that no command turns into its own message: project-file refusals, SQLite's
/// result codes and the system's file errors. The CLI's last resort and the TUI's status line use it, so no
/// `Error Domain=...` or "SQLite error 5" reaches the user.
public enum ErrorSentence {
    /// The sentence for `error`, or nil when it is none of those kinds (an argument-parsing error, say).
    public static func describe(_ error: any Error) -> String? {
        if let error = error as? ProjectFileError { return error.description }
        if let error = error as? DatasetFileError { return error.description }
        return DatabaseErrorSentence.describe(error) ?? SystemErrorSentence.describe(error)
    }
}
