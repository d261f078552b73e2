import TuneBenchCore

/// Runs `body`, turning the cost model's input refusals into exit-2 errors that name the assumption.
func refusingImpossibleCostInput<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CostInputError {
        throw CLIError.inputError(error.description)
    }
}
