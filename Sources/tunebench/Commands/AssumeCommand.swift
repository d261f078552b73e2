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

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: ArgumentHelp("Assumptions to store.", valueName: "NAME=VALUE"))
    var assignments: [String]

    @Flag(help: "Print {\"changed\": [{\"name\", \"before\": {\"value\", \"low\", \"high\", \"unit\"}, \"after\": {...}}]}.")
    var json = false

    func run() throws {
        let store = try openProjectForChange(path)
        let changes = try refusingImpossibleCostInput { try store.assume(assignments) }
        if json {
            try printJSON(AssumeOutput(changed: changes.map(AssumeOutput.Change.init)))
        } else {
            for change in changes { print(change.description) }
        }
    }
}

/// The JSON contract of `assume --json`: each stored assumption before and after, as `cost --json` writes one.
private struct AssumeOutput: Encodable {
    struct Change: Encodable {
        var name: String
        var before: CostEstimateDocument.Assumption
        var after: CostEstimateDocument.Assumption

        init(_ change: AssumptionChange) {
            let unit = change.name.spec.unit
            name = change.name.rawValue
            before = CostEstimateDocument.Assumption(value: change.before, unit: unit)
            after = CostEstimateDocument.Assumption(value: change.after, unit: unit)
        }
    }

    var changed: [Change]
}
