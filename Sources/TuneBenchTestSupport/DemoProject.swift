import Foundation

/// An example project from `projects/` built by `tunebench demo NAME --build-only`, copied into a test's folder so
/// the test can change it.
public enum DemoProject {
    /// Why the demo could not be built.
    public struct BuildFailed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Builds the example `name` and copies it to `directory/file`; returns the copy's path.
    public static func copy(_ name: String, into directory: TemporaryDirectory, as file: String) throws -> String {
        let built = try CLI.run(["demo", name, "--build-only"], currentDirectory: CLI.repositoryRoot.path)
        guard built.status == 0, let source = built.stdout.split(separator: "\n").last.map(String.init) else {
            throw BuildFailed(description: "tunebench demo \(name) --build-only failed (\(built.status)): \(built.stderr)")
        }
        let path = directory.path(file)
        try FileManager.default.copyItem(atPath: source, toPath: path)
        return path
    }
}
