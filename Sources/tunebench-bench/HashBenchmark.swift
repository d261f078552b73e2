import ArgumentParser
import Foundation
import TuneBenchCore

/// `tunebench-bench hash FILE`: SHA-256 throughput of tunebench's hasher over a file read in 1 MiB chunks (as the
/// importer and the report hash files), beside `openssl dgst -sha256` and `sha256sum` on the same file.
struct HashBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hash", abstract: "SHA-256 throughput against openssl and sha256sum.")

    @Argument(help: "The file to hash (a few hundred MB gives stable figures).")
    var file: String

    @Option(help: "Runs of each; the median is reported.")
    var runs = 5

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        let size = Double((try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0)
        var digest = ""
        let ours = try (0..<runs).map { _ in
            try Self.time {
                guard let handle = FileHandle(forReadingAtPath: file) else { throw ValidationError("cannot open \(file)") }
                defer { try? handle.close() }
                var hash = SHA256()
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    chunk.withUnsafeBytes { hash.update(bufferPointer: $0) }
                }
                digest = hash.hexDigest()
            }
        }
        let openssl = try (0..<runs).map { _ in try Self.time { try Self.shell("openssl dgst -sha256 '\(file)' > /dev/null") } }
        let coreutils = try (0..<runs).map { _ in try Self.time { try Self.shell("sha256sum '\(file)' > /dev/null") } }
        func rate(_ seconds: [Double]) -> String { String(format: "%.0f MB/s", size / 1e6 / seconds.sorted()[seconds.count / 2]) }
        print("file: \(file), \(Int(size)) bytes, sha256 \(digest)")
        print("| tunebench SHA256 | openssl dgst -sha256 | sha256sum |")
        print("| \(rate(ours)) | \(rate(openssl)) | \(rate(coreutils)) |")
    }

    static func time(_ body: () throws -> Void) throws -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    static func shell(_ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(command) failed") }
    }
}
