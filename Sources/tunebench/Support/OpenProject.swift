import TuneBenchStore

/// Opens a project for a command, turning every refusal into a one-line input error (exit 2).
func openProject(_ path: String) throws -> ProjectStore {
    do {
        return try ProjectStore.open(path: path)
    } catch let error as ProjectFileError {
        throw CLIError.inputError(error.description)
    }
}
