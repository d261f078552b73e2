import Foundation

/// One option of a job, as both front ends take it: `--dataset NAME` on the command line and after `:import`.
public struct JobOption: Equatable, Sendable {
    /// The long name without dashes (`dataset`).
    public var name: String
    /// The value's placeholder (`NAME`); nil for a flag.
    public var value: String?
    public var help: String

    public init(_ name: String, value: String?, help: String) {
        self.name = name
        self.value = value
        self.help = help
    }
}

extension JobOption {
    /// `--rank-dir DIR`, on every job that counts tokens.
    public static let rankDirectory = JobOption(
        "rank-dir", value: "DIR", help: "A folder of rank files (NAME.tiktoken or tiktoken's cache names), searched first.")
}

/// A job's options, described once: the CLI's argument parser takes its help text from here, the TUI's `:` command
/// parses its words with it, and a test fails when the CLI's options and this list drift apart.
public struct JobDescription: Equatable, Sendable {
    /// The CLI subcommand (`import`); the `:` command may have another name (`export-dataset`).
    public var command: String
    /// The one word without a dash the job takes (`FILE`), if any.
    public var operand: String?
    public var options: [JobOption]
    /// Options only the CLI has, with the reason the TUI does without them (`json`: "output format of the CLI").
    public var commandLineOnly: [String: String]

    public init(command: String, operand: String?, options: [JobOption], commandLineOnly: [String: String]) {
        self.command = command
        self.operand = operand
        self.options = options
        self.commandLineOnly = commandLineOnly
    }

    /// The help text of an option.
    public func help(_ name: String) -> String {
        guard let option = options.first(where: { $0.name == name }) else { preconditionFailure("no option --\(name) in \(command)") }
        return option.help
    }

    /// `:import FILE [--dataset NAME] [--format FORMAT] …`, for a `:` command named `name`.
    public func usage(as name: String) -> String {
        let words = [":\(name)"] + (operand.map { [$0] } ?? [])
            + options.map { "[--\($0.name)\($0.value.map { " \($0)" } ?? "")]" }
        return "usage: " + words.joined(separator: " ")
    }

    /// Reads the words after a `:` command named `name`.
    public func parse(_ words: [String], as name: String) -> Result<JobWords, JobInputError> {
        var result = JobWords()
        var rest = words[...]
        while let word = rest.popFirst() {
            guard word.hasPrefix("--") else {
                guard operand != nil, result.operand == nil else { return .failure(JobInputError(usage(as: name))) }
                result.operand = Self.expandingHome(word)
                continue
            }
            guard let option = options.first(where: { "--\($0.name)" == word }) else {
                return .failure(JobInputError("\(name): unknown option \(word); \(usage(as: name))"))
            }
            if option.value == nil {
                result.flags.insert(option.name)
            } else {
                guard let value = rest.popFirst() else { return .failure(JobInputError("\(name): \(word) needs a value \(option.value!)")) }
                result.values[option.name] = value
            }
        }
        if operand != nil, result.operand == nil { return .failure(JobInputError(usage(as: name))) }
        return .success(result)
    }

    /// `~` and `~/…` in a word naming a file, as a shell would expand them.
    public static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst()
    }
}

/// The words of a `:` job command, by option name.
public struct JobWords: Equatable, Sendable {
    public var operand: String?
    public var values: [String: String] = [:]
    public var flags: Set<String> = []

    public init(operand: String? = nil, values: [String: String] = [:]) {
        self.operand = operand
        self.values = values
    }

    /// The value of `--name` read as `T`, or an error naming the option and what it takes.
    func value<T>(_ name: String, _ read: (String) -> T?, expecting: String) throws(JobInputError) -> T? {
        guard let text = values[name] else { return nil }
        guard let value = read(text) else { throw JobInputError("--\(name) takes \(expecting), not '\(text)'") }
        return value
    }
}

/// What a job tells the user before it runs: a short summary (the TUI's status line) and its detail (the CLI
/// prints both).
public struct JobWarning: Equatable, Sendable, CustomStringConvertible {
    public var summary: String
    public var detail: String?

    public init(_ summary: String, detail: String? = nil) {
        self.summary = summary
        self.detail = detail
    }

    public var description: String { detail.map { "\(summary): \($0)" } ?? summary }
}

/// A job's options could not be read; the message says which and why.
public struct JobInputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
