import Foundation

/// A `tunebench` process started in the background so a test can kill it with SIGKILL at a chosen moment.
public final class KillableProcess: @unchecked Sendable {
    private let process = Process()

    /// Starts `tunebench ARGS` with output discarded.
    public init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: CLI.binaryPath)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Kills the process with SIGKILL (no handler runs, no cleanup) and waits until it is gone.
    /// - Returns: the exit status when it had already exited by itself, nil when the kill ended it.
    @discardableResult
    public func kill() -> Int32? {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : nil
    }

    /// True until the process has exited.
    public var isRunning: Bool { process.isRunning }

    /// Waits for the process to exit by itself and returns its status.
    public func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A small seeded generator (SplitMix64), so "random" kill points repeat from run to run.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
