import TuneBenchStore

/// The project the command opened last: SQLite's refusals do not name the file, so the last-resort sentence
/// (TuneBenchMain) puts this path before them. One command runs per process, on one thread.
nonisolated(unsafe) var openedProjectPath: String?

/// Opens a project for a command, turning every refusal into a one-line input error (exit 2).
/// - Parameter readOnly: the command only reads, so the file is opened without a write (its bytes stay).
func openProject(_ path: String, readOnly: Bool = false) throws -> ProjectStore {
    do {
        let store = try ProjectStore.open(path: path, readOnly: readOnly)
        openedProjectPath = path
        return store
    } catch let error as ProjectFileError {
        throw CLIError.inputError(error.description)
    }
}

/// Opens a project for a command that always changes it: a read-only project is refused here, naming the file,
/// before any work (or any wait, as `evals watch` and `evals run` would) starts.
func openProjectForChange(_ path: String) throws -> ProjectStore {
    let store = try openProject(path)
    if store.isReadOnly { throw CLIError.inputError(ProjectFileError.readOnly(path: path).description) }
    return store
}
