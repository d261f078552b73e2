import ArgumentParser
import Foundation
import TuneBenchStore

/// `tunebench demo [NAME]`: builds an example project from `projects/NAME/` when needed and opens it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build an example project from projects/NAME (when missing or stale) and open it.")

    @Argument(help: "The example's folder name under projects/.")
    var name: String = "graphql-assistant"

    @Flag(name: .customLong("build-only"), help: "Build (if needed) and print the project file's path; do not open it.")
    var buildOnly = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let example: ExampleProject
        do {
            example = try ExampleProject.locate(name, searchRoots: [cwd, executableFolder()])
            if try example.needsBuild() {
                Diagnostics.write("building \(example.projectFile.path) from its sources…")
                try example.build()
            }
        } catch let error as ExampleProjectError {
            throw CLIError.inputError(error.description)
        } catch let error as ProjectFileError {
            throw CLIError.inputError(error.description)
        }
        if buildOnly {
            print(example.projectFile.path)
        } else {
            try OpenCommand(path: example.projectFile.path).run()
        }
    }
}
