/// Why `tunebench tokenizer install` could not install rank files.
public enum TokenizerInstallError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A helper program (python3, pip) could not be started or failed.
    case toolFailed(command: String, status: Int32, output: String)
    /// The downloaded package did not contain the expected file.
    case missingFile(package: String, path: String)
    /// A quicktok binary vocabulary is not in the expected form.
    case malformedVocabulary(String)
    /// A converted or shipped rank file does not have the published sha256.
    case hashMismatch(encoding: String, expected: String, actual: String)
    /// The destination could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .toolFailed(command, status, output):
            "`\(command)` failed (exit \(status))" + (output.isEmpty ? "" : ":\n\(output)")
        case let .missingFile(package, path):
            "package \(package) has no \(path)"
        case let .malformedVocabulary(reason):
            "not a quicktok vocabulary: \(reason)"
        case let .hashMismatch(encoding, expected, actual):
            "\(encoding): the package's rank file has sha256 \(actual), expected \(expected); nothing installed"
        case let .unwritable(path, reason):
            "\(path): cannot write: \(reason)"
        }
    }
}
