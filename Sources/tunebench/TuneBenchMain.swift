import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchStore

/// Runs the command line and maps every outcome to tunebench's exit statuses (0 ok, 1 check failed, 2 usage or
/// input error). ArgumentParser's own `main()` would exit 64 on usage errors.
@main
enum TuneBenchMain {
    static func main() async {
        // A file-size limit (`ulimit -f`) then fails the write with EFBIG, which is reported, instead of killing
        // the process without a word.
        signal(SIGXFSZ, SIG_IGN)
        do {
            try UnknownCommand.check(Array(CommandLine.arguments.dropFirst()), root: TuneBenchCommand.self)
            var command = try TuneBenchCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            if !error.message.isEmpty { Diagnostics.error(error.message) }
            exit(error.exitStatus)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let error where ErrorSentence.describe(error) != nil {
            let sentence = ErrorSentence.describe(error)!
            // An SQLite refusal says what went wrong with "the project"; the path says which one.
            let project = DatabaseErrorSentence.describe(error) != nil ? openedProjectPath.map { "\($0): " } : nil
            Diagnostics.error((project ?? "") + sentence)
            exit(2)
        } catch {
            let code = TuneBenchCommand.exitCode(for: error)
            let message = TuneBenchCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            // Usage problems (ArgumentParser says 64) and unexpected input or I/O errors are both exit 2;
            // 1 is kept for checks that ran and failed, which commands report with CLIError.checkFailed.
            Diagnostics.write(message.isEmpty ? "tunebench: \(error)" : message)
            exit(2)
        }
    }
}
