import ArgumentParser
import TuneBenchCore
import TuneBenchStore

/// `tunebench assume PATH NAME=VALUE...`: stores cost assumptions in the project (all or none).
struct AssumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assume",
        abstract: "Store cost assumptions in the project (dated, user-entered).",
        discussion: """
            NAME=VALUE sets the expected value (the range widens to include it); NAME=LOW:VALUE:HIGH sets the
            range; a model assumption takes a model name from `tunebench prices list`. Nothing is stored when
            any assignment is impossible. `tunebench cost PATH` lists the names.
            """)

    @Argument(help: "The project file.")
    var path: String

    @Argument(help: ArgumentHelp("Assumptions to store.", valueName: "NAME=VALUE"))
    var assignments: [String]

    func run() throws {
        let store = try openProject(path)
        let changes = try refusingImpossibleCostInput { try store.assume(assignments) }
        for change in changes { print(change.description) }
    }
}
