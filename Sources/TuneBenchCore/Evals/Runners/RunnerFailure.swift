/// Why running a runner created no run: which of the ways it can go wrong happened, with the last lines of the
/// command's output.
public enum RunnerFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The command exited with a non-zero status (or was ended by a signal: status 128 + the signal).
    case exitStatus(runner: String, status: Int32, lastLines: [String])
    /// The time limit passed; the command's process group was ended.
    case timedOut(runner: String, seconds: Double, lastLines: [String])
    /// The command exited 0 but left no results file in its output directory.
    case noResults(runner: String, directory: String, lastLines: [String])
    /// The user cancelled; the command's process group was ended.
    case cancelled(runner: String)
    /// A results file the importers refuse.
    case badResults(runner: String, EvalInputError)
    /// No runner has this name.
    case unknownRunner(String)
    /// The command could not be started.
    case cannotStart(runner: String, EvalInputError)

    /// The lines of output the message quotes.
    static let quotedLines = 10

    public var description: String {
        switch self {
        case let .exitStatus(runner, status, lines):
            return "runner '\(runner)' failed: the command exited with status \(status); nothing imported" + Self.tail(lines)
        case let .timedOut(runner, seconds, lines):
            return "runner '\(runner)' timed out after \(Self.seconds(seconds)) s; its processes were ended and nothing imported"
                + Self.tail(lines)
        case let .noResults(runner, directory, lines):
            return "runner '\(runner)' exited 0 but wrote no results file to \(directory) (the command's {out}); nothing imported"
                + Self.tail(lines)
        case let .cancelled(runner):
            return "runner '\(runner)' cancelled; its processes were ended and nothing imported"
        case let .badResults(runner, error):
            return "runner '\(runner)': \(error.description); nothing imported"
        case let .unknownRunner(name):
            return "no runner is named '\(name)' (see `tunebench evals runner list`)"
        case let .cannotStart(runner, error):
            return "runner '\(runner)' cannot start: \(error.description)"
        }
    }

    /// The last lines of output, if any.
    public var lastLines: [String] {
        switch self {
        case .exitStatus(_, _, let lines), .timedOut(_, _, let lines), .noResults(_, _, let lines): lines
        default: []
        }
    }

    private static func tail(_ lines: [String]) -> String {
        lines.isEmpty ? " (it printed nothing)" : ". Last lines of its output:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
