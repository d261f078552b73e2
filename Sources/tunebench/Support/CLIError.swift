/// A command's failure, carrying the exit status tunebench promises.
enum CLIError: Error {
    /// A check ran and failed (exit 1); the message may be empty when the results already said so.
    case checkFailed(String)
    /// Bad usage or unusable input (exit 2).
    case inputError(String)

    var message: String {
        switch self {
        case let .checkFailed(message), let .inputError(message): return message
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .checkFailed: return 1
        case .inputError: return 2
        }
    }
}
