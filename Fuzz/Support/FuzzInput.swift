import Foundation

/// Helpers shared by every fuzz target (see docs/FUZZING.md). Not part of the package: scripts/fuzz.sh compiles
/// this file with one target file and the instrumented modules.
enum FuzzInput {
    /// The input as `Data`.
    static func data(_ start: UnsafeRawPointer?, _ count: Int) -> Data {
        guard let start, count > 0 else { return Data() }
        return Data(bytes: start, count: count)
    }

    /// Writes the input to a per-process scratch file with the given extension and returns its path. The file
    /// importers read paths (they stream), so the fuzzers go through a real file like the CLI does.
    static func file(_ start: UnsafeRawPointer?, _ count: Int, extension ext: String) -> String {
        let directory = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = "\(directory)/tunebench-fuzz-\(getpid()).\(ext)"
        _ = FileManager.default.createFile(atPath: path, contents: data(start, count))
        return path
    }
}
