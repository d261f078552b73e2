/// Why an eval request against the project cannot be met.
public enum EvalStoreError: Error, Equatable, CustomStringConvertible {
    /// No run has this id or name; `suggestion` is the run name the user most likely meant.
    case runNotFound(String, suggestion: String? = nil)
    /// Several runs share this name: the user must pick one by id.
    case ambiguousRunName(String, ids: [Int64])
    /// The run has no case with this key.
    case caseNotFound(runID: Int64, key: String)
    /// The case's override is no longer the one the change put there (another process changed it).
    case overrideChangedElsewhere(key: String)
    /// A runner with this name exists already.
    case runnerExists(String)
    /// No runner has this name.
    case runnerNotFound(String)
    /// The runner is no longer as the change left it (another process changed it).
    case runnerChangedElsewhere(String)

    public var description: String {
        switch self {
        case let .runNotFound(reference, suggestion):
            if let suggestion { return "no eval run has id or name '\(reference)'; did you mean '\(suggestion)'?" }
            return "no eval run has id or name '\(reference)' (see `tunebench evals list`)"
        case let .ambiguousRunName(name, ids):
            return "several eval runs are named '\(name)' (ids \(ids.map(String.init).joined(separator: ", "))); give the id"
        case let .caseNotFound(runID, key):
            return "eval run \(runID) has no case '\(key)'"
        case let .overrideChangedElsewhere(key):
            return "\(key): the override changed since (another window or the CLI); not undone"
        case let .runnerExists(name):
            return "a runner named '\(name)' exists already (tunebench evals runner remove PATH \(name) first)"
        case let .runnerNotFound(name):
            return "no runner is named '\(name)' (see `tunebench evals runner list`)"
        case let .runnerChangedElsewhere(name):
            return "runner \(name) changed since (another window or the CLI); not undone"
        }
    }
}
