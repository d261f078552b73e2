import Foundation

/// Runs the built `tunebench` binary as a user would, for end-to-end tests of the command line.
///
///     let result = try CLI.run(["info", path, "--json"])
///     #expect(result.status == 0)
public enum CLI {
    /// What one run produced.
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The `tunebench` executable built next to the test bundle (`swift test` builds it first).
    public static var binaryPath: String {
        builtProductsDirectory.appendingPathComponent("tunebench").path
    }

    /// The build folder holding the test bundle and the executables.
    public static var builtProductsDirectory: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On Linux the runner is `.build/debug/<pkg>PackageTests.xctest`; on macOS it is inside a bundle.
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("tunebench").path),
              dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }

    /// The checkout the tests were built from (the folder holding Package.swift above the build folder).
    public static var repositoryRoot: URL {
        var dir = builtProductsDirectory
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }

    /// Runs `tunebench ARGS` with optional standard input and extra environment, waiting for it to exit.
    /// Standard output and error are read concurrently, so large outputs cannot dead-lock the pipe.
    public static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                           currentDirectory: String? = nil) throws -> Result {
        try runProgram(binaryPath, arguments, stdin: stdin, environment: environment, currentDirectory: currentDirectory)
    }

    /// Runs another program the same way (a tool tunebench is paired with: DuckDB's Python, inspect_ai).
    public static func runProgram(_ path: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                                  currentDirectory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let collector = OutputCollector()
        let group = DispatchGroup()
        for (handle, isError) in [(out.fileHandleForReading, false), (err.fileHandleForReading, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = handle.readDataToEndOfFile()
                collector.set(data, isError: isError)
                group.leave()
            }
        }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: collector.stdout, as: UTF8.self),
                      stderr: String(decoding: collector.stderr, as: UTF8.self))
    }
}

/// Thread-safe holder for the two output streams.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var stdout = Data()
    private(set) var stderr = Data()

    func set(_ data: Data, isError: Bool) {
        lock.lock(); defer { lock.unlock() }
        if isError { stderr = data } else { stdout = data }
    }
}
