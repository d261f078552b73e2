import ArgumentParser
import TuneBenchCore

/// How problems found in an input file are printed: `plain` (tunebench's own, the default) or `gnu`,
/// `FILE:LINE:COLUMN: message`, which vim's `:cfile` and Emacs's compilation mode jump to.
enum ProblemsFormat: String, ExpressibleByArgument, CaseIterable {
    case plain, gnu
}

/// `--problems-format plain|gnu`, on the commands that read a file and report problems in it.
struct ProblemsFormatOption: ParsableArguments {
    @Option(name: .customLong("problems-format"),
            help: "plain (default) or gnu: one FILE:LINE:COLUMN: message line per problem, for editors.")
    var problemsFormat: ProblemsFormat = .plain

    var isGNU: Bool { problemsFormat == .gnu }
}

/// One problem in the GNU form, `FILE:LINE:COLUMN: message`, terminal-safe. Problems known only by line start at
/// column 1; problems known only by a JSON path sit at line 1 with the path in the message.
struct GNUProblem: Equatable {
    var file: String
    var line: Int
    var column = 1
    var message: String

    var text: String { TerminalSafe.text("\(file):\(line):\(column): \(message)") }

    /// An eval input error as a GNU problem, when its location is in `file` (`file:12`, `file: results[3].x`);
    /// nil when it names something else (an argument).
    init?(_ error: EvalInputError, file: String) {
        let location = error.location
        guard location.hasPrefix(file + ":") else { return nil }
        let rest = location.dropFirst(file.count + 1)
        self.file = file
        if let line = Int(rest), line > 0 {
            self.line = line
            message = error.message
        } else {
            line = 1
            message = "\(error.message) (at \(rest.trimmingCharacters(in: .whitespaces)))"
        }
    }

    init(file: String, line: Int, column: Int = 1, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}
