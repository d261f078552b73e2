import Foundation

/// A named command that produces eval results, with the ladder rung and model its runs stand for.
///
/// `{out}` in the command stands for a fresh, empty directory made for each run; after the command exits 0 the
/// results files that appear there are imported. The command runs through `/bin/sh -c` with the user's
/// environment (API keys stay where the user keeps them: nothing secret is stored in the project).
public struct Runner: Sendable, Equatable, Codable {
    public var name: String
    public var command: String
    public var rung: Rung?
    public var model: String?
    /// The working directory (nil: where tunebench was started).
    public var cwd: String?
    /// Seconds before the run is stopped (its process group ended); nil: no limit.
    public var timeoutSeconds: Double?

    public init(name: String, command: String, rung: Rung? = nil, model: String? = nil, cwd: String? = nil,
                timeoutSeconds: Double? = nil) {
        self.name = name
        self.command = command
        self.rung = rung
        self.model = model
        self.cwd = cwd
        self.timeoutSeconds = timeoutSeconds
    }

    /// The placeholder replaced by the run's output directory.
    public static let outPlaceholder = "{out}"

    /// Checks a runner as the user gives it: a name usable in a directory name, a command, a positive timeout.
    /// - Throws: ``EvalInputError`` naming the argument and the reason.
    public func validated() throws(EvalInputError) -> Runner {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard !name.isEmpty, name.count <= 64, name.first != ".", name.unicodeScalars.allSatisfy(allowed.contains) else {
            throw EvalInputError(location: "NAME", message: "runner name '\(name)' must be 1-64 letters, digits, '-', '_' or '.' (not starting with '.')")
        }
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw EvalInputError(location: "--command", message: "the command is empty")
        }
        if let timeoutSeconds, !(timeoutSeconds > 0) {
            throw EvalInputError(location: "--timeout", message: "the timeout must be a positive number of seconds")
        }
        return self
    }

    /// The shell command for one run: `{out}` replaced by `outDirectory`, single-quoted for the shell.
    public func shellCommand(outDirectory: String) -> String {
        command.replacingOccurrences(of: Self.outPlaceholder, with: Self.shellQuoted(outDirectory))
    }

    /// `text` as one single-quoted shell word.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// One change of the project's runners: the runner before and after (nil: none), by name.
public struct RunnerEdit: Sendable, Equatable, Codable {
    public var name: String
    public var before: Runner?
    public var after: Runner?

    public init(name: String, before: Runner?, after: Runner?) {
        self.name = name
        self.before = before
        self.after = after
    }

    public var inverse: RunnerEdit { RunnerEdit(name: name, before: after, after: before) }
}
