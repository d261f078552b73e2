import ArgumentParser
import TuneBenchStore

/// `tunebench new PATH`: creates a project file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a project file.",
        discussion: "Refuses to replace an existing file unless --force is given.")

    @Argument(help: "Where to create the project (conventionally NAME.tunebench).")
    var path: String

    @Option(help: "The project's name (default: the file name without extension).")
    var name: String?

    @Option(help: "The problem statement, in the team's words.")
    var problem: String = ""

    @Option(name: .customLong("target-metric"), help: "How success is measured, e.g. \"valid GraphQL, goal 98%\".")
    var targetMetric: String = ""

    @Flag(help: "Replace an existing file.")
    var force = false

    @Flag(help: "Print {\"path\", \"name\"}.")
    var json = false

    func run() throws {
        let projectName = name ?? defaultName(for: path)
        do {
            let store = try ProjectStore.create(path: path, name: projectName, problem: problem,
                                                targetMetric: targetMetric, force: force)
            try store.close()
        } catch let error as ProjectFileError {
            throw CLIError.inputError(error.description)
        }
        if json { return try printJSON(["path": path, "name": projectName]) }
        print("created \(TerminalSafe.text(path)) (project \"\(TerminalSafe.text(projectName))\")")
    }

    private func defaultName(for path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = "." + ProjectStore.fileExtension
        return file.hasSuffix(suffix) ? String(file.dropLast(suffix.count)) : file
    }
}
