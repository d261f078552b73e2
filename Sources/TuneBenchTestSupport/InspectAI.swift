import Foundation

/// The real inspect_ai that `.ci/inspect-venv.sh` installs (pinned) for the tests that run it.
///
/// Its `inspect` executable is named by `TUNEBENCH_INSPECT_BIN` (`.ci/run` exports it); tests that need it are
/// `.enabled(if: InspectAI.isAvailable, Comment(rawValue: InspectAI.skipReason))`. It runs offline with `--model mockllm/model`;
/// tiktoken's o200k ranks come from `TIKTOKEN_CACHE_DIR` (or tiktoken's default cache) as the script left them.
public enum InspectAI {
    public static let environmentKey = "TUNEBENCH_INSPECT_BIN"

    /// The `inspect` executable, when the environment names one that exists.
    public static var executable: String? {
        guard let path = ProcessInfo.processInfo.environment[environmentKey], !path.isEmpty,
              FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return path
    }

    public static var isAvailable: Bool { executable != nil }

    public static let skipReason = """
        inspect_ai is not installed: run `bash .ci/inspect-venv.sh` and export \
        TUNEBENCH_INSPECT_BIN=$PWD/.build/venv-inspect/bin/inspect (.ci/run does both)
        """

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `inspect eval TASK --model mockllm/model --log-dir LOGDIR ARGS` in the task's folder and returns the
    /// `.eval` logs it wrote, oldest name first.
    public static func eval(task: String, logDir: String, arguments: [String] = []) throws -> [String] {
        guard let executable else { throw Failure(description: "\(environmentKey) is not set") }
        let url = URL(fileURLWithPath: task)
        // inspect globs the task path with pathlib, which refuses absolute patterns: run it from the task's folder.
        let result = try CLI.runProgram(
            executable,
            ["eval", url.lastPathComponent, "--model", "mockllm/model", "--log-dir", logDir, "--display", "plain"] + arguments,
            environment: ["INSPECT_LOG_LEVEL": "warning"], currentDirectory: url.deletingLastPathComponent().path)
        guard result.status == 0 else {
            throw Failure(description: "inspect eval exited \(result.status):\n\(result.stdout)\n\(result.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: logDir).filter { $0.hasSuffix(".eval") }.sorted()
        return names.map { URL(fileURLWithPath: logDir).appendingPathComponent($0).path }
    }
}
